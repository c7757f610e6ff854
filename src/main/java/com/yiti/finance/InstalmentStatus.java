package com.yiti.finance;

/**
 * Where an instalment stands, derived from the money collected for its plan (applied to instalments in their order):
 * its milestone not reached yet, planned, due within a week, overdue, partly or fully collected.
 */
public enum InstalmentStatus {
    WAITING,
    PLANNED,
    DUE,
    OVERDUE,
    PARTLY_COLLECTED,
    COLLECTED
}
