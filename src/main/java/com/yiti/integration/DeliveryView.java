package com.yiti.integration;

import java.time.Instant;

/** One delivery of one event to one webhook, with its last attempt (time, HTTP status or error). */
public record DeliveryView(
        long id,
        long webhookId,
        String eventId,
        String eventType,
        String subject,
        DeliveryStatus status,
        int attempts,
        Instant createdAt,
        Instant nextAttemptAt,
        Instant lastAttemptAt,
        Integer lastStatusCode,
        String lastError,
        Instant deliveredAt,
        Long replayOf) {}
