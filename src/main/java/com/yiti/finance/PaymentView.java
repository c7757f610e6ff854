package com.yiti.finance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record PaymentView(
        long id,
        String number,
        long customerId,
        String customerName,
        LocalDate paymentDate,
        BigDecimal amount,
        BigDecimal allocated,
        String currency,
        PaymentMethod method,
        String reference,
        List<AllocationView> allocations,
        String createdBy,
        Instant createdAt,
        Long orderId,
        String orderNumber,
        Long contractId,
        String contractNumber) {

    /** A deposit (预收款/定金) for an order. */
    public boolean deposit() {
        return orderId != null || contractId != null;
    }

    public BigDecimal unallocated() {
        return amount.subtract(allocated);
    }
}
