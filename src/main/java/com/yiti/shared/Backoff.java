package com.yiti.shared;

import java.time.Duration;
import java.time.Instant;

/**
 * How sending to another system is retried (webhooks, notification channels): again after 30 s, 1, 2, 4 … minutes,
 * at most an hour apart, and given up once a day has passed since the first attempt was due.
 */
public final class Backoff {

    public static final Duration GIVE_UP_AFTER = Duration.ofHours(24);

    private Backoff() {}

    /** The wait after this many attempts. */
    public static Duration after(int attempts) {
        long seconds = 30L << Math.min(Math.max(attempts, 1) - 1, 7);
        return Duration.ofSeconds(Math.min(seconds, 3600));
    }

    /** When to try next after a failed attempt at {@code at}; null when it is time to give up. */
    public static Instant next(Instant createdAt, Instant at, int attempts) {
        Instant next = at.plus(after(attempts));
        return next.isAfter(createdAt.plus(GIVE_UP_AFTER)) ? null : next;
    }
}
