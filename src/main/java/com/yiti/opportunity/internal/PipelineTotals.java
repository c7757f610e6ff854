package com.yiti.opportunity.internal;

import com.yiti.opportunity.Stage;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The open pipeline per owner and stage (count, amount, Σ amount × probability), kept in {@code opp_pipeline_total}
 * in the transaction of every change to an opportunity, so that the dashboard reads a few hundred rows instead of
 * every open opportunity. A change moves the opportunity out of its old (owner, stage) row and into its new one; the
 * rows are written in key order, so two changes at once never lock them crosswise. A test recomputes the rows from
 * the opportunities.
 */
@Component
public class PipelineTotals {

    /** What of an opportunity the totals depend on. */
    public record Key(long ownerId, Stage stage, BigDecimal amount, int probability) {

        public static Key of(Opportunity o) {
            return new Key(o.getOwnerId(), o.getStage(), o.getAmount(), o.getProbability());
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
        String where = owners == null
                ? ""
                : owners.isEmpty()
                        ? " WHERE 1 = 0"
                        : " WHERE owner_id IN ("
                                + owners.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")";
        return jdbc.query(
                "SELECT stage, SUM(opportunities), SUM(amount), SUM(weighted_x100) FROM opp_pipeline_total" + where
                        + " GROUP BY stage HAVING SUM(opportunities) > 0",
                (rs, i) -> new Object[] {
                    Stage.valueOf(rs.getString(1)), rs.getLong(2), rs.getBigDecimal(3), rs.getBigDecimal(4)
                });
    }
}
