package com.yiti.finance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record JournalEntryView(
        long id,
        LocalDate entryDate,
        DocumentType documentType,
        String documentRef,
        String description,
        String createdBy,
        Instant createdAt,
        List<Line> lines) {

    /** Debit and credit in CNY; {@code fcAmount} the leg in the document's foreign currency, or null. */
    public record Line(
            String accountCode,
            String accountName,
            BigDecimal debit,
            BigDecimal credit,
            String currency,
            BigDecimal fcAmount) {}

    public BigDecimal debits() {
        return lines.stream().map(Line::debit).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal credits() {
        return lines.stream().map(Line::credit).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
