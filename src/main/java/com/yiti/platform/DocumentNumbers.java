package com.yiti.platform;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Document numbers sequential per document type and year ({@code SO-2026-000123}), or per type alone when ADMIN
 * turned the yearly reset off ({@code SO-000123}), with the printed prefix ADMIN chose (plt_number_series), without
 * gaps: the counter row is updated
 * in the caller's transaction, so a rollback gives the number back and the next document takes it. The row stays
 * locked until the caller commits, which serialises the creation of documents of one kind (the price of no gaps).
 */
@Service
public class DocumentNumbers {

    private static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final org.springframework.transaction.support.TransactionTemplate ownTransaction;

    DocumentNumbers(
            JdbcTemplate jdbc,
            Clock clock,
            org.springframework.transaction.PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
    }

    /** The next number for the prefix in the current business year; must run inside the document's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String next(String prefix) {
        return increment(prefix);
    }

    /**
     * The next number, taken in a short transaction of its own when the caller has none: the counter row is locked
     * for one statement, not for the whole document's transaction, so documents of one kind are created side by side
     * (decision 020). The price: a document whose transaction then fails leaves a gap. For documents that need no
     * gapless series (sales orders placed through the API); invoices and payments keep {@link #next}. Inside a
     * caller's transaction it is {@link #next}.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public String nextCommitted(String prefix) {
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive()) {
            return increment(prefix);
        }
        return ownTransaction.execute(status -> increment(prefix));
    }

    private String increment(String code) {
        // the type's printed prefix and whether it restarts every year (platform-013); a type without a row keeps
        // its code as prefix and a yearly series
        var series = jdbc
                .query(
                        "select prefix, yearly_reset from plt_number_series where code = ?",
                        (rs, i) -> new Series(rs.getString(1), rs.getBoolean(2)),
                        code)
                .stream()
                .findFirst()
                .orElse(new Series(code, true));
        int year =
                series.yearly() ? LocalDate.now(clock.withZone(BUSINESS_ZONE)).getYear() : 0;
        int updated = jdbc.update(
                "update plt_document_sequence set last_value = last_value + 1 where prefix = ? and seq_year = ?",
                code,
                year);
        if (updated == 0) {
            try {
                jdbc.update(
                        "insert into plt_document_sequence (prefix, seq_year, last_value) values (?, ?, 1)",
                        code,
                        year);
            } catch (org.springframework.dao.DuplicateKeyException e) {
                // another transaction created this year's row first: take the next value from it
                jdbc.update(
                        "update plt_document_sequence set last_value = last_value + 1 where prefix = ? and seq_year = ?",
                        code,
                        year);
            }
        }
        Long value = jdbc.queryForObject(
                "select last_value from plt_document_sequence where prefix = ? and seq_year = ?",
                Long.class,
                code,
                year);
        return format(series.prefix(), year, value);
    }

    /** A number as printed: {@code SO-2026-000123} in a yearly series, {@code SO-000123} in a running one. */
    static String format(String prefix, int year, long value) {
        return year == 0 ? String.format("%s-%06d", prefix, value) : String.format("%s-%d-%06d", prefix, year, value);
    }

    private record Series(String prefix, boolean yearly) {}
}
