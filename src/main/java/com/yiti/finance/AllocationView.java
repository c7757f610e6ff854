package com.yiti.finance;

import java.math.BigDecimal;
import java.time.Instant;

public record AllocationView(
        long id,
        long paymentId,
        String paymentNumber,
        long invoiceId,
        String invoiceNumber,
        BigDecimal amount,
        String allocatedBy,
        Instant allocatedAt,
        String reversedBy,
        Instant reversedAt,
        String reversalReason) {

    public boolean reversed() {
        return reversedAt != null;
    }
}
