package com.yiti.integration;

/**
 * A sync run: running; every record applied; some records failed (kept to correct); the source could not be read at
 * all; or the node stopped midway (the next run continues after the last record it applied).
 */
public enum SyncRunStatus {
    RUNNING,
    SUCCEEDED,
    PARTIAL,
    FAILED,
    INTERRUPTED,
    NOTHING;

    public boolean needsAttention() {
        return this == PARTIAL || this == FAILED || this == INTERRUPTED;
    }
}
