package com.yiti.aftersales.internal;

import com.yiti.aftersales.RootCause;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The service figures per business day, kept with every change of a ticket: tickets resolved per day (how many,
 * within their SLA, rated, the sum of the ratings) in {@code aft_resolved_day}, and root causes per day the ticket
 * was opened in {@code aft_cause_day}. A ticket moves out of its old rows and into its new ones (resolved, reopened,
 * rated, traced); the dashboards then read a row per day instead of every ticket of the period. A test recomputes
 * the rows from the tickets.
 */
@Component
public class ServiceDays {

    /** What of a ticket the rows depend on. */
    public record Key(Instant openedAt, Instant resolvedAt, Boolean slaMet, Integer csat, RootCause rootCause) {

        public static Key of(Ticket t) {
            return new Key(t.getOpenedAt(), t.getResolvedAt(), t.getSlaMet(), t.getCsat(), t.getRootCause());
        }
    }

    /** The resolved tickets of some days: resolved, within SLA, rated, sum of the ratings. */
    public record Resolved(long resolved, long withinSla, long rated, long csatSum) {

        /** The average rating of those rated (two decimals, half up); null when none was rated. */
        public java.math.BigDecimal averageCsat() {
            return rated == 0
                    ? null
                    : java.math.BigDecimal.valueOf(csatSum)
                            .divide(java.math.BigDecimal.valueOf(rated), 2, java.math.RoundingMode.HALF_UP);
        }
    }

    private final JdbcTemplate jdbc;
    private final ZoneId zone;

    ServiceDays(JdbcTemplate jdbc, com.yiti.aftersales.ServiceLevels levels) {
        this.jdbc = jdbc;
        this.zone = levels.getZone();
    }

    /** Moves a ticket from what it was to what it is now. */
    public void change(Key before, Key after) {
        if (Objects.equals(before, after)) {
            return;
        }
        List<Object[]> resolved = new ArrayList<>();
        if (before.resolvedAt() != null) {
            resolved.add(new Object[] {day(before.resolvedAt()), before, -1});
        }
        if (after.resolvedAt() != null) {
            resolved.add(new Object[] {day(after.resolvedAt()), after, 1});
        }
        resolved.sort(Comparator.comparing(r -> (LocalDate) r[0]));
        for (Object[] r : resolved) {
            Key k = (Key) r[1];
            int sign = (Integer) r[2];
            jdbc.update(
                    "INSERT INTO aft_resolved_day (resolved_on, resolved, within_sla, rated, csat_sum)"
                            + " VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE resolved = resolved + VALUES(resolved),"
                            + " within_sla = within_sla + VALUES(within_sla), rated = rated + VALUES(rated),"
                            + " csat_sum = csat_sum + VALUES(csat_sum)",
                    Date.valueOf((LocalDate) r[0]),
                    sign,
                    Boolean.TRUE.equals(k.slaMet()) ? sign : 0,
                    k.csat() == null ? 0 : sign,
                    k.csat() == null ? 0 : sign * k.csat());
        }
        if (!Objects.equals(before.rootCause(), after.rootCause())
                || !Objects.equals(before.openedAt(), after.openedAt())) {
            List<Object[]> causes = new ArrayList<>();
            if (before.rootCause() != null) {
                causes.add(new Object[] {day(before.openedAt()), before.rootCause(), -1});
            }
            if (after.rootCause() != null) {
                causes.add(new Object[] {day(after.openedAt()), after.rootCause(), 1});
            }
            causes.sort(Comparator.comparing((Object[] c) -> (LocalDate) c[0])
                    .thenComparing(c -> ((RootCause) c[1]).name()));
            for (Object[] c : causes) {
                jdbc.update(
                        "INSERT INTO aft_cause_day (opened_on, root_cause, tickets) VALUES (?, ?, ?)"
                                + " ON DUPLICATE KEY UPDATE tickets = tickets + VALUES(tickets)",
                        Date.valueOf((LocalDate) c[0]),
                        ((RootCause) c[1]).name(),
                        c[2]);
            }
        }
    }

    /** Tickets resolved between the days (inclusive). */
    public Resolved resolved(LocalDate from, LocalDate to) {
        return jdbc.queryForObject(
                "SELECT COALESCE(SUM(resolved), 0), COALESCE(SUM(within_sla), 0), COALESCE(SUM(rated), 0),"
                        + " COALESCE(SUM(csat_sum), 0) FROM aft_resolved_day WHERE resolved_on BETWEEN ? AND ?",
                (rs, i) -> new Resolved(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)),
                Date.valueOf(from),
                Date.valueOf(to));
    }

    /** Root causes of the tickets opened between the days (inclusive). */
    public Map<RootCause, Long> causes(LocalDate from, LocalDate to) {
        Map<RootCause, Long> causes = new EnumMap<>(RootCause.class);
        jdbc.query(
                "SELECT root_cause, SUM(tickets) FROM aft_cause_day WHERE opened_on BETWEEN ? AND ?"
                        + " GROUP BY root_cause HAVING SUM(tickets) > 0",
                rs -> {
                    causes.put(RootCause.valueOf(rs.getString(1)), rs.getLong(2));
                },
                Date.valueOf(from),
                Date.valueOf(to));
        return causes;
    }

    private LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }
}
