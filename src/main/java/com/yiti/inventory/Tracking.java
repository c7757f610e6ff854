package com.yiti.inventory;

/**
 * How a product's units are told apart (decision 027): NONE, by LOT (a batch, with an expiry date when it has one;
 * picked first expiring first out) or by SERIAL number (every unit its own, in at most one place at a time).
 */
public enum Tracking {
    NONE,
    LOT,
    SERIAL
}
