package com.yiti.order;

/**
 * An order as another module names it: its number, customer, status and currency, its gross total and when it was
 * confirmed (null before).
 */
public record OrderHeader(
        long id,
        String number,
        long customerId,
        OrderStatus status,
        String currency,
        java.math.BigDecimal grossTotal,
        java.time.Instant confirmedAt) {}
