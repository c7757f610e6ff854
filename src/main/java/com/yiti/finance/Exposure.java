package com.yiti.finance;

import java.math.BigDecimal;

/**
 * A customer's credit exposure: open receivables plus the value still to ship of confirmed orders, against the limit
 * (null: no check); the credit balance is unallocated money received.
 */
public record Exposure(
        long customerId,
        String customerName,
        BigDecimal creditLimit,
        int paymentTermsDays,
        BigDecimal openReceivables,
        BigDecimal openOrders,
        BigDecimal creditBalance,
        BigDecimal overdueAmount,
        long daysOverdue,
        String currency) {

    public BigDecimal total() {
        return openReceivables.add(openOrders);
    }

    /** What may still be confirmed before the limit (null when there is no limit). */
    public BigDecimal available() {
        return creditLimit == null ? null : creditLimit.subtract(total());
    }
}
