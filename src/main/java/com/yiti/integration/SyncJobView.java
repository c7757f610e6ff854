package com.yiti.integration;

import java.time.Instant;

/** A sync job as ADMIN sees it, with its last run; the Authorization header is never shown back, only whether set. */
public record SyncJobView(
        long id,
        String name,
        SyncSource source,
        String location,
        String filePattern,
        boolean authHeaderSet,
        String itemsPath,
        String system,
        String kind,
        String idColumn,
        String fieldMap,
        String cron,
        String runAs,
        boolean active,
        Instant nextRunAt,
        Instant runRequestedAt,
        SyncRunView lastRun,
        long openFailures,
        long version) {}
