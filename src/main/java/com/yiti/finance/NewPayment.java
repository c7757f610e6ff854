package com.yiti.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * A payment to record. With {@code allocations} empty and {@code oldestFirst} set, the amount is applied to the
 * customer's open invoices oldest due first; otherwise to the invoices given (amount per invoice id). What is left is
 * the customer's credit balance. With {@code orderId} it is a deposit (预收款/定金) for that order: held as the
 * customer's credit and applied to the order's invoices as they are issued, never to other invoices by itself. With
 * {@code contractId} it is a deposit for a contract (the 预付款 on signing): applied to the invoices of the orders
 * placed under that contract as they are issued.
 */
public record NewPayment(
        Long customerId,
        LocalDate paymentDate,
        BigDecimal amount,
        PaymentMethod method,
        String reference,
        boolean oldestFirst,
        Map<Long, BigDecimal> allocations,
        Long orderId,
        Long contractId) {

    public NewPayment(
            Long customerId,
            LocalDate paymentDate,
            BigDecimal amount,
            PaymentMethod method,
            String reference,
            boolean oldestFirst,
            Map<Long, BigDecimal> allocations,
            Long orderId) {
        this(customerId, paymentDate, amount, method, reference, oldestFirst, allocations, orderId, null);
    }

    public NewPayment(
            Long customerId,
            LocalDate paymentDate,
            BigDecimal amount,
            PaymentMethod method,
            String reference,
            boolean oldestFirst,
            Map<Long, BigDecimal> allocations) {
        this(customerId, paymentDate, amount, method, reference, oldestFirst, allocations, null, null);
    }
}
