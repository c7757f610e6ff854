package com.yiti.finance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

public record CreditNoteView(
        long id,
        String number,
        long invoiceId,
        long customerId,
        LocalDate noteDate,
        String reason,
        String currency,
        BigDecimal netTotal,
        BigDecimal taxTotal,
        BigDecimal grossTotal,
        String createdBy,
        Instant createdAt) {}
