package com.yiti.order;

/** Where a line's goods come from: stock on hand, production, purchasing; services are not stocked. */
public enum LineSupply {
    STOCK,
    PRODUCTION,
    PURCHASE,
    SERVICE
}
