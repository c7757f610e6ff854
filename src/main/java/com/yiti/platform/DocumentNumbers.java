package com.yiti.platform;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Document numbers sequential per prefix and year ({@code SO-2026-000123}) without gaps: the counter row is updated
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

    private String increment(String prefix) {
        int year = LocalDate.now(clock.withZone(BUSINESS_ZONE)).getYear();
        int updated = jdbc.update(
                "update plt_document_sequence set last_value = last_value + 1 where prefix = ? and seq_year = ?",
                prefix,
                year);
        if (updated == 0) {
            try {
                jdbc.update(
                        "insert into plt_document_sequence (prefix, seq_year, last_value) values (?, ?, 1)",
                        prefix,
                        year);
            } catch (org.springframework.dao.DuplicateKeyException e) {
                // another transaction created this year's row first: take the next value from it
                jdbc.update(
                        "update plt_document_sequence set last_value = last_value + 1 where prefix = ? and seq_year = ?",
                        prefix,
                        year);
            }
        }
        Long value = jdbc.queryForObject(
                "select last_value from plt_document_sequence where prefix = ? and seq_year = ?",
                Long.class,
                prefix,
                year);
        return String.format("%s-%d-%06d", prefix, year, value);
    }
}
