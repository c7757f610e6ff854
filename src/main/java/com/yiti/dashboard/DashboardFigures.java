package com.yiti.dashboard;

import com.yiti.finance.AgingRow;
import java.math.BigDecimal;
import java.util.List;

/**
 * The figures of a dashboard for a period. A sales manager gets the revenue and pipeline sections for their team;
 * the other sections are null for them.
 */
public record DashboardFigures(
        Period period,
        boolean teamOnly,
        Revenue revenue,
        Pipeline pipeline,
        Orders orders,
        Inventory inventory,
        Receivables receivables,
        Service service,
        Production production) {

    /**
     * Production: the next four weeks' load per work centre (hours loaded against hours available, days loaded past
     * them), plan adherence (production orders completed in the period by their due date) and the forecast's error.
     */
    public record Production(List<Centre> centres, Long completed, BigDecimal onTimePct, BigDecimal forecastErrorPct) {

        public record Centre(String code, BigDecimal load, BigDecimal capacity, long overloadedDays) {

            public BigDecimal loadPct() {
                return capacity.signum() == 0
                        ? null
                        : load.multiply(BigDecimal.valueOf(100)).divide(capacity, 0, java.math.RoundingMode.HALF_UP);
            }
        }
    }

    /** A labelled amount (a month, a tier, a stage) and, where it names a record, its id. */
    public record Entry(String key, Long id, BigDecimal value) {}

    public record Revenue(
            BigDecimal net,
            BigDecimal previousNet,
            List<Entry> byMonth,
            List<Entry> byTier,
            List<Entry> topCustomers,
            List<Entry> topProducts) {}

    public record Pipeline(
            BigDecimal open,
            BigDecimal weighted,
            List<Stage> byStage,
            List<Rep> byRep,
            BigDecimal winRatePct,
            BigDecimal previousWinRatePct,
            BigDecimal averageDaysToClose) {

        public record Stage(String stage, long count, BigDecimal amount, BigDecimal weighted) {}

        public record Rep(long ownerId, String name, long won, long closed, BigDecimal winRatePct) {}
    }

    public record Orders(
            long delivered,
            Integer medianCycleDays,
            Integer p90CycleDays,
            Integer previousMedianCycleDays,
            BigDecimal onTimePct,
            BigDecimal previousOnTimePct,
            List<Week> byWeek,
            BigDecimal openValue,
            long openOrders,
            long waitingProduction,
            long waitingPurchase) {

        public record Week(String weekStart, long delivered, Integer medianCycleDays, BigDecimal onTimePct) {}
    }

    public record Inventory(
            BigDecimal value,
            BigDecimal cogs,
            BigDecimal averageValue,
            BigDecimal turnover,
            BigDecimal daysOfSupply,
            long stockOuts,
            long lowStock) {}

    public record Receivables(AgingRow total, BigDecimal overdue, BigDecimal dso, List<AgingRow> topOverdue) {}

    public record Service(
            long open,
            long breached,
            long resolved,
            BigDecimal slaPct,
            BigDecimal previousSlaPct,
            BigDecimal averageCsat,
            List<Entry> complaintProducts,
            List<Entry> rootCauses) {}
}
