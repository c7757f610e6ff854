package com.yiti.production;

/** OPEN: waiting for a production order; PLANNED: on one; DONE: produced; CANCELLED: the demand went away. */
public enum PlanLineStatus {
    OPEN,
    PLANNED,
    DONE,
    CANCELLED
}
