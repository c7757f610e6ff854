package com.yiti.order;

import java.math.BigDecimal;
import java.util.List;

/** What finance needs to invoice an order's shipments: the customer, the owner, the currency, the lines' prices. */
public record OrderForInvoice(
        long orderId, String number, long customerId, long ownerId, String currency, List<Line> lines) {

    public record Line(
            long orderLineId,
            long productId,
            BigDecimal quantity,
            BigDecimal unitPrice,
            BigDecimal discountPct,
            BigDecimal taxRate) {}

    public Line line(long orderLineId) {
        return lines.stream()
                .filter(l -> l.orderLineId() == orderLineId)
                .findFirst()
                .orElseThrow();
    }
}
