package com.yiti.automation;

import java.time.Instant;

/** One run of a rule on one record: OK, FAILED (retried, then given up), or LOOP (stopped). */
public record RunView(
        long id,
        long ruleId,
        String event,
        String recordRef,
        String status,
        int attempts,
        String outcome,
        Instant createdAt,
        Instant lastAttemptAt) {}
