package com.yiti.opportunity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The pipeline for the dashboards: open opportunities by stage (amount and amount × probability), and for
 * opportunities closed in a period the win rate per rep (won ÷ closed) and the average days from creation to a win.
 */
public record PipelineFigures(List<StageAmount> open, List<RepWinRate> reps, BigDecimal averageDaysToClose) {

    public record StageAmount(Stage stage, long count, BigDecimal amount, BigDecimal weighted) {}

    public record RepWinRate(long ownerId, long won, long closed) {

        /** Won ÷ closed in percent, one decimal; null when nothing closed. */
        public BigDecimal winRatePct() {
            return closed == 0
                    ? null
                    : BigDecimal.valueOf(won * 100).divide(BigDecimal.valueOf(closed), 1, RoundingMode.HALF_UP);
        }
    }

    public BigDecimal openAmount() {
        return open.stream().map(StageAmount::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal weightedAmount() {
        return open.stream().map(StageAmount::weighted).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public RepWinRate total() {
        return new RepWinRate(
                0,
                reps.stream().mapToLong(RepWinRate::won).sum(),
                reps.stream().mapToLong(RepWinRate::closed).sum());
    }
}
