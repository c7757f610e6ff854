package com.yiti.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * A payment to record. With {@code allocations} empty and {@code oldestFirst} set, the amount is applied to the
 * customer's open invoices oldest due first; otherwise to the invoices given (amount per invoice id). What is left is
 * the customer's credit balance.
 */
public record NewPayment(
        Long customerId,
        LocalDate paymentDate,
        BigDecimal amount,
        PaymentMethod method,
        String reference,
        boolean oldestFirst,
        Map<Long, BigDecimal> allocations) {}
