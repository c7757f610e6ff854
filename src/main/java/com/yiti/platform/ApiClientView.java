package com.yiti.platform;

import java.time.Instant;
import java.util.List;

/**
 * A key ADMIN issued to another system: who it acts as, what it may do ({@code read:orders}, {@code write:orders}:
 * write includes read), until when, how many requests a minute, when last used, and whether revoked. The key itself is
 * shown once, when issued ({@code key}, empty afterwards).
 */
public record ApiClientView(
        long id,
        String name,
        String username,
        String keyPrefix,
        List<String> scopes,
        Instant expiresAt,
        Integer ratePerMinute,
        Instant lastUsedAt,
        Instant revokedAt,
        Instant createdAt,
        String key) {}
