package com.yiti.integration;

import java.time.Instant;

/**
 * One run of a sync job: what it read ({@code sourceName}: the file or URL), how far it came ({@code recordsDone} of
 * {@code total}; a run that continued an interrupted one starts after {@code resumeAt}) and what became of the records.
 */
public record SyncRunView(
        long id,
        long jobId,
        String triggeredBy,
        SyncRunStatus status,
        String sourceName,
        Instant startedAt,
        Instant finishedAt,
        Long resumedFrom,
        int resumeAt,
        int recordsDone,
        Integer total,
        int created,
        int updated,
        int failed,
        String errorCode,
        java.util.List<String> errorArgs) {}
