package com.yiti.order.internal;

import com.yiti.production.spi.SalesHistory;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ordered quantities by product and month for the demand forecast: one grouped query over the orders of the months
 * asked, plus the sales history brought over at go-live.
 */
@Component
class SalesHistoryForPlanning implements SalesHistory {

    private final JdbcTemplate jdbc;

    SalesHistoryForPlanning(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Map<YearMonth, BigDecimal>> quantitiesByMonth(YearMonth from, YearMonth to) {
        Map<Long, Map<YearMonth, BigDecimal>> history = new HashMap<>();
        String due = "coalesce(l.promised_date, cast(o.confirmed_at as date))";
        jdbc.query(
                "select l.product_id, year(" + due + "), month(" + due + "), sum(l.quantity)"
                        + " from ord_order_line l join ord_sales_order o on o.id = l.order_id"
                        + " where o.confirmed_at is not null and o.status not in ('DRAFT', 'CANCELLED')"
                        + " and " + due + " between ? and ?"
                        + " group by l.product_id, year(" + due + "), month(" + due + ")",
                rs -> {
                    history.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .put(YearMonth.of(rs.getInt(2), rs.getInt(3)), rs.getBigDecimal(4));
                },
                from.atDay(1),
                to.atEndOfMonth());
        // and what was sold before Yiti, brought over at go-live
        jdbc.query(
                "select product_id, period_month, quantity from ord_sales_history where period_month between ? and ?",
                rs -> {
                    history.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .merge(
                                    YearMonth.from(rs.getObject(2, java.time.LocalDate.class)),
                                    rs.getBigDecimal(3),
                                    BigDecimal::add);
                },
                from.atDay(1),
                to.atEndOfMonth());
        return history;
    }
}
