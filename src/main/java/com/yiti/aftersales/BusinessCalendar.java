package com.yiti.aftersales;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * Business time: working days and hours in a zone (by default Monday to Friday, 09:00–18:00 Asia/Shanghai). Service
 * levels are measured in its minutes, so a ticket opened on Friday at 17:30 with one hour to answer is due on Monday at
 * 09:30.
 */
public record BusinessCalendar(ZoneId zone, Set<DayOfWeek> workingDays, LocalTime opens, LocalTime closes) {

    public BusinessCalendar {
        workingDays = Set.copyOf(workingDays);
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("a working day opens before it closes");
        }
    }

    /** Business minutes between two instants (0 when {@code to} is not after {@code from}). */
    public long minutesBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        long minutes = 0;
        LocalDate day = from.atZone(zone).toLocalDate();
        LocalDate last = to.atZone(zone).toLocalDate();
        while (!day.isAfter(last)) {
            if (workingDays.contains(day.getDayOfWeek())) {
                Instant start = max(from, ZonedDateTime.of(day, opens, zone).toInstant());
                Instant end = min(to, ZonedDateTime.of(day, closes, zone).toInstant());
                if (end.isAfter(start)) {
                    minutes += Duration.between(start, end).toMinutes();
                }
            }
            day = day.plusDays(1);
        }
        return minutes;
    }

    /** The instant that lies the given business minutes after {@code from}. */
    public Instant plus(Instant from, long minutes) {
        long left = minutes;
        ZonedDateTime at = from.atZone(zone);
        LocalDate day = at.toLocalDate();
        for (int guard = 0; guard < 3660; guard++) {
            if (workingDays.contains(day.getDayOfWeek())) {
                ZonedDateTime open = ZonedDateTime.of(day, opens, zone);
                ZonedDateTime close = ZonedDateTime.of(day, closes, zone);
                ZonedDateTime start = at.isAfter(open) ? at : open;
                if (start.isBefore(close)) {
                    long available = Duration.between(start, close).toMinutes();
                    if (left <= available) {
                        return start.plusMinutes(left).toInstant();
                    }
                    left -= available;
                }
            }
            day = day.plusDays(1);
            at = ZonedDateTime.of(day, opens, zone);
        }
        throw new IllegalStateException("no working time within ten years");
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
