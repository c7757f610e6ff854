package com.yiti.dashboard.internal;

import com.yiti.shared.SqlIds;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the dashboards' read models with indexed aggregate queries. An owner filter of null means everyone; a team is
 * a handful of owner ids, inlined as numbers (never text from a request).
 */
@Component
public class ReadModelQueries {

    /** A key (a month, a tier, a record id) with its amount. */
    public record Row(String key, BigDecimal value) {}

    private final JdbcTemplate jdbc;

    ReadModelQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Net, tax and cost invoiced (less credit notes) between the days. */
    public BigDecimal[] revenue(LocalDate from, LocalDate to, Collection<Long> owners) {
        return jdbc.queryForObject(
                "SELECT COALESCE(SUM(net), 0), COALESCE(SUM(tax), 0), COALESCE(SUM(cost), 0) FROM dsh_revenue_day"
                        + " WHERE revenue_day BETWEEN ? AND ?" + SqlIds.andIn("owner_id", owners),
                (rs, i) -> new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3)},
                Date.valueOf(from),
                Date.valueOf(to));
    }

    public List<Row> revenueByMonth(LocalDate from, LocalDate to, Collection<Long> owners) {
        return jdbc.query(
                "SELECT YEAR(revenue_day) * 100 + MONTH(revenue_day) m, SUM(net) FROM dsh_revenue_day WHERE revenue_day BETWEEN ? AND ?"
                        + SqlIds.andIn("owner_id", owners)
                        + " GROUP BY YEAR(revenue_day) * 100 + MONTH(revenue_day) ORDER BY m",
                (rs, i) -> new Row(month(rs.getInt(1)), rs.getBigDecimal(2)),
                Date.valueOf(from),
                Date.valueOf(to));
    }

    public List<Row> revenueByTier(LocalDate from, LocalDate to, Collection<Long> owners) {
        return jdbc.query(
                "SELECT tier, SUM(net) FROM dsh_revenue_day WHERE revenue_day BETWEEN ? AND ?"
                        + SqlIds.andIn("owner_id", owners) + " GROUP BY tier ORDER BY tier",
                (rs, i) -> new Row(rs.getString(1), rs.getBigDecimal(2)),
                Date.valueOf(from),
                Date.valueOf(to));
    }

    /** The top customers (id as key) by net over the months of the period. */
    public List<Row> topCustomers(int fromMonth, int toMonth, Collection<Long> owners, int limit) {
        return top("dsh_revenue_customer", "customer_id", fromMonth, toMonth, owners, limit);
    }

    /** The top products (id as key) by net over the months of the period. */
    public List<Row> topProducts(int fromMonth, int toMonth, Collection<Long> owners, int limit) {
        return top("dsh_revenue_product", "product_id", fromMonth, toMonth, owners, limit);
    }

    /**
     * A ranking from the fewest month, quarter and year rows that make up the period: for everyone and one unit
     * (this month, quarter or year to date) the first entries of an index, no grouping.
     */
    private List<Row> top(String table, String item, int fromMonth, int toMonth, Collection<Long> owners, int limit) {
        List<RevenuePeriods.Unit> units = RevenuePeriods.units(
                fromMonth,
                toMonth,
                (a, b) -> jdbc.queryForList(
                                "SELECT period_key FROM " + table
                                        + " WHERE grain = 'M' AND period_key BETWEEN ? AND ? LIMIT 1",
                                Integer.class,
                                a,
                                b)
                        .isEmpty());
        if (units.isEmpty()) {
            return List.of();
        }
        String who = owners == null ? " AND owner_id = " + RevenuePeriods.ALL_OWNERS : SqlIds.andIn("owner_id", owners);
        String where = units.stream()
                .map(u -> "(grain = '" + u.grain() + "' AND period_key = " + u.key() + who + ")")
                .collect(Collectors.joining(" OR "));
        String sql = units.size() == 1 && owners == null
                ? "SELECT " + item + ", net s FROM " + table + " WHERE " + where + " ORDER BY net DESC LIMIT " + limit
                : "SELECT " + item + ", SUM(net) s FROM " + table + " WHERE " + where + " GROUP BY " + item
                        + " ORDER BY s DESC LIMIT " + limit;
        return jdbc.query(sql, (rs, i) -> new Row(String.valueOf(rs.getLong(1)), rs.getBigDecimal(2)));
    }

    /** Deliveries between the days by cycle days: cycle days, orders, on time, with a promised date; ascending. */
    public List<long[]> cycleHistogram(LocalDate from, LocalDate to) {
        return jdbc.query(
                "SELECT cycle_days, SUM(orders), SUM(on_time), SUM(promised) FROM dsh_cycle_day"
                        + " WHERE delivered_on BETWEEN ? AND ? GROUP BY cycle_days HAVING SUM(orders) > 0"
                        + " ORDER BY cycle_days",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)},
                Date.valueOf(from),
                Date.valueOf(to));
    }

    /** Deliveries per day and cycle days between the days: day, cycle days, orders, on time, promised. */
    public List<Object[]> deliveries(LocalDate from, LocalDate to) {
        return jdbc.query(
                "SELECT delivered_on, cycle_days, orders, on_time, promised FROM dsh_cycle_day"
                        + " WHERE delivered_on BETWEEN ? AND ? AND orders > 0 ORDER BY delivered_on, cycle_days",
                (rs, i) -> new Object[] {
                    rs.getDate(1).toLocalDate(), rs.getInt(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)
                },
                Date.valueOf(from),
                Date.valueOf(to));
    }

    /** How many of these products open orders wait for. */
    public long countBackordered(Collection<Long> products) {
        if (products.isEmpty()) {
            return 0;
        }
        return jdbc.queryForObject(
                "SELECT COUNT(DISTINCT product_id) FROM dsh_backorder WHERE 1 = 1"
                        + SqlIds.andIn("product_id", products),
                Long.class);
    }

    /** Open orders: count, value still to ship, lines waiting for production, for purchase (kept per owner). */
    public Object[] backlog(Collection<Long> owners) {
        return jdbc.queryForObject(
                "SELECT COALESCE(SUM(orders), 0), COALESCE(SUM(open_value), 0), COALESCE(SUM(waiting_production), 0),"
                        + " COALESCE(SUM(waiting_purchase), 0) FROM dsh_backlog WHERE 1 = 1"
                        + SqlIds.andIn("owner_id", owners),
                (rs, i) -> new Object[] {rs.getLong(1), rs.getBigDecimal(2), rs.getLong(3), rs.getLong(4)});
    }

    /** The average of the daily stock values kept for the period, or null when none were kept. */
    public BigDecimal averageStockValue(LocalDate from, LocalDate to) {
        return jdbc.queryForObject(
                "SELECT AVG(stock_value) FROM dsh_stock_value_day WHERE snapshot_day BETWEEN ? AND ?",
                BigDecimal.class,
                Date.valueOf(from),
                Date.valueOf(to));
    }

    /** Records today's stock value (replacing an earlier one of the same day). */
    public void keepStockValue(LocalDate day, BigDecimal value) {
        if (jdbc.update(
                        "UPDATE dsh_stock_value_day SET stock_value = ? WHERE snapshot_day = ?",
                        value,
                        Date.valueOf(day))
                == 0) {
            jdbc.update(
                    "INSERT INTO dsh_stock_value_day (snapshot_day, stock_value) VALUES (?, ?)",
                    Date.valueOf(day),
                    value);
        }
    }

    private static String month(int key) {
        return String.format("%04d-%02d", key / 100, key % 100);
    }
}
