package com.yiti.finance;

import java.math.BigDecimal;
import java.time.Instant;

/** Part of a supplier payment applied to a supplier invoice. */
public record SupplierAllocationView(
        long id,
        long paymentId,
        String paymentNumber,
        long invoiceId,
        String invoiceNumber,
        String supplierReference,
        BigDecimal amount,
        String allocatedBy,
        Instant allocatedAt) {}
