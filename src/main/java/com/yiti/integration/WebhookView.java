package com.yiti.integration;

import java.time.Instant;
import java.util.List;

/**
 * A webhook as ADMIN sees it: {@code eventTypes} empty means every type; {@code failingSince} is when its deliveries
 * started failing (none while they succeed); {@code secret} signs each delivery (shown to ADMIN only).
 */
public record WebhookView(
        long id,
        String name,
        String url,
        List<String> eventTypes,
        boolean active,
        Instant failingSince,
        String secret,
        long version,
        Instant createdAt,
        String createdBy) {}
