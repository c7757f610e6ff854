package com.yiti.finance.internal;

import com.yiti.shared.BeforeCommit;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What is still open on invoices, per due date, in {@code fin_open_due}: every change of an invoice's open amount
 * (issued, paid, allocation reversed, credited) moves the same amount on its due date's row, written once per
 * transaction just before it commits (in date order). The aging of all receivables then sums a few hundred rows
 * instead of every open invoice. A test recomputes the rows from the invoices.
 */
@Component
public class OpenByDueDate {

    private static final Object KEY = OpenByDueDate.class.getName() + ".pending";

    private final JdbcTemplate jdbc;

    OpenByDueDate(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The invoice's open amount changed by this much on its due date. */
    public void changed(LocalDate dueDate, BigDecimal delta) {
        if (delta.signum() == 0) {
            return;
        }
        BeforeCommit.collect(
                KEY,
                TreeMap<LocalDate, BigDecimal>::new,
                pending -> pending.merge(dueDate, delta, BigDecimal::add),
                this::write);
    }

    private void write(Map<LocalDate, BigDecimal> deltas) {
        deltas.forEach((day, delta) -> {
            if (delta.signum() != 0) {
                jdbc.update(
                        "INSERT INTO fin_open_due (due_date, open_amount) VALUES (?, ?)"
                                + " ON DUPLICATE KEY UPDATE open_amount = open_amount + VALUES(open_amount)",
                        Date.valueOf(day),
                        delta);
            }
        });
    }

    /** All open receivables as of a day in the five aging buckets: current, 1–30, 31–60, 61–90, over 90 days. */
    public Object[] agingTotal(LocalDate asOf) {
        return jdbc.queryForObject(
                "SELECT COALESCE(SUM(CASE WHEN due_date >= ? THEN open_amount ELSE 0 END), 0),"
                        + " COALESCE(SUM(CASE WHEN due_date < ? AND due_date >= ? THEN open_amount ELSE 0 END), 0),"
                        + " COALESCE(SUM(CASE WHEN due_date < ? AND due_date >= ? THEN open_amount ELSE 0 END), 0),"
                        + " COALESCE(SUM(CASE WHEN due_date < ? AND due_date >= ? THEN open_amount ELSE 0 END), 0),"
                        + " COALESCE(SUM(CASE WHEN due_date < ? THEN open_amount ELSE 0 END), 0) FROM fin_open_due",
                (rs, i) -> new Object[] {
                    rs.getBigDecimal(1),
                    rs.getBigDecimal(2),
                    rs.getBigDecimal(3),
                    rs.getBigDecimal(4),
                    rs.getBigDecimal(5)
                },
                Date.valueOf(asOf),
                Date.valueOf(asOf),
                Date.valueOf(asOf.minusDays(30)),
                Date.valueOf(asOf.minusDays(30)),
                Date.valueOf(asOf.minusDays(60)),
                Date.valueOf(asOf.minusDays(60)),
                Date.valueOf(asOf.minusDays(90)),
                Date.valueOf(asOf.minusDays(90)));
    }
}
