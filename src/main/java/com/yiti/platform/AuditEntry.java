package com.yiti.platform;

import java.time.Instant;

/** One revision of an audited record: the state after the change, who made it and when. */
public record AuditEntry<T>(long revision, Instant at, String by, ChangeType type, T state) {

    public enum ChangeType {
        CREATED,
        CHANGED,
        DELETED
    }
}
