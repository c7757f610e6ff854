package com.yiti.imports;

/**
 * CHECKING (the dry run), CHECKED (waiting for the user: import the valid rows or nothing), REJECTED (the file as a
 * whole cannot be read), RUNNING, DONE, CANCELLED (the user chose nothing), INTERRUPTED (the server stopped; run it
 * again: a re-import updates by code).
 */
public enum ImportStatus {
    CHECKING,
    CHECKED,
    REJECTED,
    RUNNING,
    DONE,
    CANCELLED,
    INTERRUPTED;

    public boolean busy() {
        return this == CHECKING || this == RUNNING;
    }
}
