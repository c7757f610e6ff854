package com.yiti.opportunity.internal;

import com.yiti.opportunity.Stage;
import com.yiti.shared.SqlIds;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The open pipeline per owner and stage (count, amount, Σ amount × probability), kept in {@code opp_pipeline_total},
 * and the closings per business day and owner (won, lost, minutes from creation to a win) in {@code opp_closed_day},
 * in the transaction of every change to an opportunity, so that the dashboard reads a few hundred rows instead of
 * every open opportunity. A change moves the opportunity out of its old (owner, stage) row and into its new one; the
 * rows are written in key order, so two changes at once never lock them crosswise. A test recomputes the rows from
 * the opportunities.
 */
@Component
public class PipelineTotals {

    /** The business day a closing counts on (the dashboards' periods are days in this zone). */
    public static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Shanghai");

    /** What of an opportunity the totals depend on. */
    public record Key(
            long ownerId,
            Stage stage,
            BigDecimal amount,
            int probability,
            java.time.Instant createdAt,
            java.time.Instant closedAt) {

        public static Key of(Opportunity o) {
            return new Key(
                    o.getOwnerId(), o.getStage(), o.getAmount(), o.getProbability(), o.getCreatedAt(), o.getClosedAt());
        }

        boolean closed() {
            return stage.closed() && closedAt != null;
        }

        java.time.LocalDate closedOn() {
            return java.time.LocalDate.ofInstant(closedAt, ZONE);
        }

        /** Whole minutes from creation to closing (as the days to close are averaged). */
        long minutesToClose() {
            return createdAt == null
                    ? 0
                    : java.time.Duration.between(createdAt, closedAt).toMinutes();
        }
    }

    private final JdbcTemplate jdbc;

    PipelineTotals(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Moves an opportunity from what it was (null when new) to what it is now. */
    public void change(Key before, Key after) {
        if (after.equals(before)) {
            return;
        }
        List<Delta> deltas = new java.util.ArrayList<>();
        if (before != null) {
            deltas.add(new Delta(before, -1));
        }
        deltas.add(new Delta(after, 1));
        deltas.stream()
                .filter(d -> !d.key().stage().closed())
                .sorted(Comparator.comparingLong((Delta d) -> d.key().ownerId())
                        .thenComparing(d -> d.key().stage().name()))
                .forEach(d -> add(d.key(), d.sign()));
        // closings per day and owner: won, lost, minutes from creation to a win
        deltas.stream()
                .filter(d -> d.key().closed())
                .sorted(Comparator.comparing((Delta d) -> d.key().closedOn())
                        .thenComparingLong(d -> d.key().ownerId()))
                .forEach(d -> closing(d.key(), d.sign()));
    }

    private void closing(Key k, int sign) {
        boolean won = k.stage() == Stage.WON;
        jdbc.update(
                "INSERT INTO opp_closed_day (closed_on, owner_id, won, lost, won_minutes) VALUES (?, ?, ?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE won = won + VALUES(won), lost = lost + VALUES(lost),"
                        + " won_minutes = won_minutes + VALUES(won_minutes)",
                java.sql.Date.valueOf(k.closedOn()),
                k.ownerId(),
                won ? sign : 0,
                won ? 0 : sign,
                won ? sign * k.minutesToClose() : 0);
    }

    /** Closed between the days (to exclusive), per owner: owner, won, closed; all owners when owners is null. */
    public List<long[]> closedByOwner(java.time.LocalDate from, java.time.LocalDate to, Collection<Long> owners) {
        return jdbc.query(
                "SELECT owner_id, SUM(won), SUM(won + lost) FROM opp_closed_day WHERE closed_on >= ? AND closed_on < ?"
                        + SqlIds.andIn("owner_id", owners) + " GROUP BY owner_id HAVING SUM(won + lost) > 0",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)},
                java.sql.Date.valueOf(from),
                java.sql.Date.valueOf(to));
    }

    /** Won between the days (to exclusive): how many, and the minutes from creation to winning summed. */
    public long[] won(java.time.LocalDate from, java.time.LocalDate to, Collection<Long> owners) {
        return jdbc.queryForObject(
                "SELECT COALESCE(SUM(won), 0), COALESCE(SUM(won_minutes), 0) FROM opp_closed_day"
                        + " WHERE closed_on >= ? AND closed_on < ?" + SqlIds.andIn("owner_id", owners),
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)},
                java.sql.Date.valueOf(from),
                java.sql.Date.valueOf(to));
    }

    private record Delta(Key key, int sign) {}

    private void add(Key k, int sign) {
        BigDecimal amount = k.amount().multiply(BigDecimal.valueOf(sign));
        jdbc.update(
                "INSERT INTO opp_pipeline_total (owner_id, stage, opportunities, amount, weighted_x100)"
                        + " VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE opportunities = opportunities"
                        + " + VALUES(opportunities), amount = amount + VALUES(amount),"
                        + " weighted_x100 = weighted_x100 + VALUES(weighted_x100)",
                k.ownerId(),
                k.stage().name(),
                sign,
                amount,
                amount.multiply(BigDecimal.valueOf(k.probability())));
    }

    /** Open opportunities by stage: stage, count, amount, Σ amount × probability; all owners when owners is null. */
    public List<Object[]> openByStage(Collection<Long> owners) {
        return jdbc.query(
                "SELECT stage, SUM(opportunities), SUM(amount), SUM(weighted_x100) FROM opp_pipeline_total WHERE 1 = 1"
                        + SqlIds.andIn("owner_id", owners)
                        + " GROUP BY stage HAVING SUM(opportunities) > 0",
                (rs, i) -> new Object[] {
                    Stage.valueOf(rs.getString(1)), rs.getLong(2), rs.getBigDecimal(3), rs.getBigDecimal(4)
                });
    }
}
