package com.yiti.support;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Time passing for invoices in tests: moves an invoice's due date, and what is open on it from the old due date's
 * row of the open-receivables summary to the new one (as if it had been issued with that due date).
 */
public final class InvoiceDueDates {

    private InvoiceDueDates() {}

    public static void move(JdbcTemplate jdbc, long invoiceId, LocalDate due) {
        List<Object[]> rows = jdbc.query(
                "SELECT due_date, book_open FROM fin_invoice WHERE id = ?",
                (rs, i) -> new Object[] {rs.getDate(1), rs.getBigDecimal(2)},
                invoiceId);
        for (Object[] r : rows) {
            BigDecimal open = (BigDecimal) r[1];
            jdbc.update("UPDATE fin_open_due SET open_amount = open_amount - ? WHERE due_date = ?", open, (Date) r[0]);
            jdbc.update(
                    "INSERT INTO fin_open_due (due_date, open_amount) VALUES (?, ?)"
                            + " ON DUPLICATE KEY UPDATE open_amount = open_amount + VALUES(open_amount)",
                    Date.valueOf(due),
                    open);
            jdbc.update("UPDATE fin_invoice SET due_date = ? WHERE id = ?", Date.valueOf(due), invoiceId);
        }
    }

    /** Every invoice of an order. */
    public static void moveForOrder(JdbcTemplate jdbc, long orderId, LocalDate due) {
        jdbc.queryForList("SELECT id FROM fin_invoice WHERE order_id = ?", Long.class, orderId)
                .forEach(id -> move(jdbc, id, due));
    }
}
