package com.yiti.platform.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing without letting anyone lock another person out (decision 019). Two back-offs, both
 * progressive and capped at 15 minutes:
 *
 * <ul>
 *   <li>per account <em>and</em> client address: after 5 wrong passwords in a row for one username from one address,
 *       that pair waits 15 s, then 30 s, 60 s… An attacker guessing the administrator's password from his address is
 *       held back; the administrator signing in from anywhere else is not;
 *   <li>per client address, whatever the username (password spraying): more than 10 failures within a minute and
 *       the address waits 15 s, doubling with every further failure.
 * </ul>
 *
 * A throttled attempt is answered before the password is checked, the same way for existing and unknown users. The
 * counters live in this node's memory; behind several nodes the account's own short lock in the database
 * ({@link LoginAttempts}) is the shared backstop.
 */
@Component
class LoginThrottle {

    static final int FREE_FAILURES_PER_PAIR = 5;
    static final int FREE_FAILURES_PER_ADDRESS = 10;
    static final Duration ADDRESS_WINDOW = Duration.ofMinutes(1);
    static final Duration FIRST_DELAY = Duration.ofSeconds(15);
    static final Duration MAX_DELAY = Duration.ofMinutes(15);
    private static final int MAX_ENTRIES = 100_000;

    private record Counter(int failures, Instant windowStart, Instant blockedUntil) {}

    private final Map<String, Counter> pairs = new ConcurrentHashMap<>();
    private final Map<String, Counter> addresses = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this attempt must wait, if at all. */
    Optional<Duration> waitFor(String address, String username) {
        Instant now = clock.instant();
        Instant until = later(blocked(pairs.get(pair(address, username))), blocked(addresses.get(key(address))));
        return until != null && until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    void failed(String address, String username) {
        Instant now = clock.instant();
        evictIfFull(now);
        pairs.compute(pair(address, username), (k, c) -> {
            int failures = (c == null ? 0 : c.failures()) + 1;
            Instant blocked =
                    failures >= FREE_FAILURES_PER_PAIR ? now.plus(delay(failures - FREE_FAILURES_PER_PAIR)) : null;
            return new Counter(failures, now, blocked);
        });
        addresses.compute(key(address), (k, c) -> {
            boolean fresh = c == null || (c.windowStart().plus(ADDRESS_WINDOW).isBefore(now) && !blockedAt(c, now));
            int failures = fresh ? 1 : c.failures() + 1;
            Instant start = fresh ? now : c.windowStart();
            Instant blocked = failures > FREE_FAILURES_PER_ADDRESS
                    ? now.plus(delay(failures - FREE_FAILURES_PER_ADDRESS - 1))
                    : null;
            return new Counter(failures, start, blocked);
        });
    }

    /** A correct password from this address for this user clears the pair (not the address's spraying count). */
    void succeeded(String address, String username) {
        pairs.remove(pair(address, username));
    }

    static Duration delay(int step) {
        Duration d = FIRST_DELAY.multipliedBy(1L << Math.min(step, 16));
        return d.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : d;
    }

    private void evictIfFull(Instant now) {
        if (pairs.size() + addresses.size() < MAX_ENTRIES) {
            return;
        }
        Instant old = now.minus(MAX_DELAY);
        pairs.values().removeIf(c -> c.windowStart().isBefore(old) && !blockedAt(c, now));
        addresses.values().removeIf(c -> c.windowStart().isBefore(old) && !blockedAt(c, now));
    }

    private static boolean blockedAt(Counter c, Instant now) {
        return c.blockedUntil() != null && c.blockedUntil().isAfter(now);
    }

    private static Instant blocked(Counter c) {
        return c == null ? null : c.blockedUntil();
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    private static String key(String address) {
        return address == null ? "-" : address;
    }

    private static String pair(String address, String username) {
        return key(address) + "\u001f"
                + (username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT));
    }
}
