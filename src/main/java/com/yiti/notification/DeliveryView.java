package com.yiti.notification;

import java.time.Instant;

/** One notification to one channel: the delivery log's line. */
public record DeliveryView(
        long id,
        long notificationId,
        long userId,
        String channel,
        String status,
        int attempts,
        Instant createdAt,
        Instant lastAttemptAt,
        Instant nextAttemptAt,
        String lastError,
        Instant deliveredAt) {}
