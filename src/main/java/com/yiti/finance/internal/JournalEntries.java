package com.yiti.finance.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface JournalEntries extends JpaRepository<JournalEntry, Long>, JpaSpecificationExecutor<JournalEntry> {

    List<JournalEntry> findByDocumentRefOrderByIdAsc(String documentRef);

    /** Per account: debits and credits of entries dated in the period (inclusive). */
    @Query(
            "select l.accountId, coalesce(sum(l.debit), 0), coalesce(sum(l.credit), 0) from JournalEntry e join e.lines l"
                    + " where e.entryDate between :from and :to group by l.accountId")
    List<Object[]> turnover(@Param("from") LocalDate from, @Param("to") LocalDate to);

    /** Entries whose debits and credits differ (there must be none). */
    @Query("select e.id from JournalEntry e join e.lines l group by e.id having sum(l.debit) <> sum(l.credit)")
    List<Long> unbalanced();

    @Query("select coalesce(sum(l.debit), 0) - coalesce(sum(l.credit), 0) from JournalEntry e join e.lines l")
    BigDecimal totalDifference();

    /** Credits minus debits of one account over the whole journal (what a liability account holds). */
    @Query("select coalesce(sum(l.credit), 0) - coalesce(sum(l.debit), 0) from JournalEntry e join e.lines l"
            + " where l.accountId = :accountId")
    BigDecimal creditBalance(@Param("accountId") Long accountId);
}
