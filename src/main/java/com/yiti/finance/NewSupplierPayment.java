package com.yiti.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * A payment to a supplier: allocated as given (invoice id → amount), or oldest due first when {@code oldestFirst}; what
 * is left is a prepayment.
 */
public record NewSupplierPayment(
        Long supplierId,
        LocalDate paymentDate,
        BigDecimal amount,
        PaymentMethod method,
        String reference,
        boolean oldestFirst,
        Map<Long, BigDecimal> allocations) {}
