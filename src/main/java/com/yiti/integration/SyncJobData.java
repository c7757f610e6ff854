package com.yiti.integration;

/**
 * What ADMIN enters for a sync job. {@code location} is a folder under the sync inbox ({@code yiti.sync.inbox}) for
 * {@link SyncSource#FOLDER} (with a file pattern such as {@code *.csv}) or an http(s) URL for {@link SyncSource#REST}
 * (with an optional {@code Authorization} header value and the JSON pointer of the array of items, {@code /items}).
 * Each record is pushed as {@code kind} of {@code system} under the value of its {@code idColumn}; {@code fieldMap}
 * renames columns to the kind's fields, a {@code column=field} per line. {@code cron} is a Spring cron expression (six
 * fields, Beijing time); {@code runAs} the user whose rights the job has.
 */
public record SyncJobData(
        String name,
        SyncSource source,
        String location,
        String filePattern,
        String authHeader,
        String itemsPath,
        String system,
        String kind,
        String idColumn,
        String fieldMap,
        String cron,
        String runAs,
        boolean active) {}
