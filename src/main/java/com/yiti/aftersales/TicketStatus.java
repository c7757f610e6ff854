package com.yiti.aftersales;

/** New → in progress → waiting for customer (the clock pauses) → resolved → closed; reopening goes back to work. */
public enum TicketStatus {
    NEW,
    IN_PROGRESS,
    WAITING_FOR_CUSTOMER,
    RESOLVED,
    CLOSED;

    public boolean open() {
        return this != RESOLVED && this != CLOSED;
    }
}
