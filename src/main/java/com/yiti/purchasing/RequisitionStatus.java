package com.yiti.purchasing;

/** OPEN: waiting for a purchase order; ORDERED: on one; CANCELLED: the demand went away. */
public enum RequisitionStatus {
    OPEN,
    ORDERED,
    CANCELLED
}
