package com.yiti.order;

/**
 * DRAFT → (CREDIT_HOLD →) CONFIRMED → PARTIALLY_SHIPPED → SHIPPED → DELIVERED → CLOSED, or CANCELLED. CREDIT_HOLD is
 * set by the finance credit check; CLOSED (delivered and paid) by finance. Invoiced and paid amounts are finance's
 * figures about the order, not states of it.
 */
public enum OrderStatus {
    DRAFT,
    CREDIT_HOLD,
    CONFIRMED,
    PARTIALLY_SHIPPED,
    SHIPPED,
    DELIVERED,
    CLOSED,
    CANCELLED;

    public boolean open() {
        return this == CONFIRMED || this == PARTIALLY_SHIPPED;
    }
}
