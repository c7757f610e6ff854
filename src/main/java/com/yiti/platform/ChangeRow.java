package com.yiti.platform;

import java.time.Instant;
import java.util.List;

/**
 * A change as people read it on a history page: when, who, what kind of change, about what (the document or one of
 * its lines), and each field that changed, before and after. {@code label} is a message key; a value with a
 * {@code valuePrefix} is a message key too (a status), otherwise it is shown as it is.
 */
public record ChangeRow(
        long revision, Instant at, String by, AuditEntry.ChangeType type, String subject, List<Change> changes) {

    public record Change(String label, String valuePrefix, String before, String after) {}
}
