package com.yiti.integration;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A record a run could not apply: where it was (record number in the file or response), its values and why. */
public record SyncFailureView(
        long id,
        long jobId,
        long runId,
        int recordNo,
        String externalId,
        Map<String, String> values,
        String errorField,
        String errorCode,
        List<String> errorArgs,
        SyncFailureStatus status,
        int attempts,
        Instant createdAt,
        Instant resolvedAt,
        String resolvedBy,
        long version) {}
