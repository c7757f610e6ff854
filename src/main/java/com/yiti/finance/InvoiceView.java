package com.yiti.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

public record InvoiceView(
        long id,
        String number,
        long customerId,
        String customerName,
        Long orderId,
        String orderNumber,
        String shipmentNumber,
        LocalDate invoiceDate,
        LocalDate dueDate,
        String currency,
        BigDecimal netTotal,
        BigDecimal taxTotal,
        BigDecimal grossTotal,
        BigDecimal credited,
        BigDecimal paid,
        InvoiceStatus status,
        boolean overdue,
        long daysOverdue,
        List<Line> lines,
        long version,
        boolean opening) {

    public BigDecimal open() {
        return grossTotal.subtract(credited).subtract(paid);
    }

    public record Line(
            long id,
            long productId,
            String sku,
            BigDecimal quantity,
            BigDecimal creditedQuantity,
            BigDecimal unitPrice,
            BigDecimal discountPct,
            BigDecimal taxRate,
            BigDecimal netAmount,
            BigDecimal taxAmount,
            BigDecimal grossAmount) {}
}
