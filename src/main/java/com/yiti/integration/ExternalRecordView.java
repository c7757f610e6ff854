package com.yiti.integration;

import java.time.Instant;

/** An external id and the record it names: where it came from, when it was first and last pushed, and the record. */
public record ExternalRecordView(
        String system,
        String kind,
        String externalId,
        long id,
        boolean created,
        Instant firstSeenAt,
        Instant lastSeenAt,
        Object record) {}
