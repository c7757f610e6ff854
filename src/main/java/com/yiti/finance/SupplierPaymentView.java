package com.yiti.finance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Money paid to a supplier; the unallocated rest is a prepayment. */
public record SupplierPaymentView(
        long id,
        String number,
        long supplierId,
        String supplierName,
        LocalDate paymentDate,
        BigDecimal amount,
        BigDecimal allocated,
        String currency,
        PaymentMethod method,
        String reference,
        List<SupplierAllocationView> allocations,
        String createdBy,
        Instant createdAt) {

    public BigDecimal unallocated() {
        return amount.subtract(allocated);
    }
}
