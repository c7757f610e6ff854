package com.yiti.integration;

/** A record a run could not apply: open until corrected and applied (fixed) or dismissed by ADMIN. */
public enum SyncFailureStatus {
    OPEN,
    FIXED,
    DISMISSED
}
