package com.yiti.finance;

import java.math.BigDecimal;

/**
 * A customer's credit exposure: open receivables plus the value still to ship of confirmed orders, less unallocated
 * money received (the credit balance), against the limit (null: no check).
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
        return openReceivables.add(openOrders).subtract(creditBalance);
    }

    /** What may still be confirmed before the limit (null when there is no limit). */
    public BigDecimal available() {
        return creditLimit == null ? null : creditLimit.subtract(total());
    }

    /** Overdue invoices: how many and their open amount. */
    public record Overdue(long count, BigDecimal amount) {}
}
