package com.yiti.production;

/** A work order's operation on the shop floor: not started, started, done. */
public enum OperationStatus {
    PENDING,
    STARTED,
    DONE
}
