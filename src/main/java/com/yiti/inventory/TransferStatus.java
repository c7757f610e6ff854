package com.yiti.inventory;

/** A transfer between warehouses: REQUESTED, SHIPPED (in transit), PARTIALLY_RECEIVED, RECEIVED, or CANCELLED. */
public enum TransferStatus {
    REQUESTED,
    SHIPPED,
    PARTIALLY_RECEIVED,
    RECEIVED,
    CANCELLED;

    public boolean inTransit() {
        return this == SHIPPED || this == PARTIALLY_RECEIVED;
    }
}
