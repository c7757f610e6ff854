package com.yiti.finance;

import java.math.BigDecimal;

/** Open receivables of one customer (or the total, customerId 0) by days past due. */
public record AgingRow(
        long customerId,
        String customerName,
        BigDecimal current,
        BigDecimal days1to30,
        BigDecimal days31to60,
        BigDecimal days61to90,
        BigDecimal over90) {

    public BigDecimal total() {
        return current.add(days1to30).add(days31to60).add(days61to90).add(over90);
    }

    public BigDecimal overdue() {
        return days1to30.add(days31to60).add(days61to90).add(over90);
    }
}
