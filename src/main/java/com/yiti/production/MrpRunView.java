package com.yiti.production;

import java.time.Instant;

/** A planning run and what it found. */
public record MrpRunView(
        long id,
        MrpRunStatus status,
        String trigger,
        Instant startedAt,
        String startedBy,
        Instant finishedAt,
        Long durationMs,
        int productsPlanned,
        int demands,
        int proposals,
        int lateProposals,
        String error) {}
