package com.yiti.order;

import java.math.BigDecimal;
import java.util.List;

/** An order's lines as after-sales sees them for a return: what was shipped and what has come back already. */
public record ReturnableOrder(
        long orderId,
        String number,
        long customerId,
        long ownerId,
        long warehouseId,
        List<Line> lines,
        BigDecimal exchangeRate) {

    public record Line(
            long orderLineId,
            int lineNo,
            long productId,
            BigDecimal shippedQuantity,
            BigDecimal returnedQuantity,
            BigDecimal unitPrice,
            BigDecimal grossPerUnit) {

        public BigDecimal returnable() {
            return shippedQuantity.subtract(returnedQuantity);
        }
    }

    /** What these quantities of the order's lines are worth, tax included, in CNY (for an approval's amount). */
    public BigDecimal valueInBook(java.util.Map<Long, BigDecimal> quantities) {
        BigDecimal total = BigDecimal.ZERO;
        for (var e : quantities.entrySet()) {
            total = total.add(line(e.getKey()).grossPerUnit().multiply(e.getValue()));
        }
        BigDecimal rate = exchangeRate == null ? BigDecimal.ONE : exchangeRate;
        return total.multiply(rate).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    public Line line(long orderLineId) {
        return lines.stream()
                .filter(l -> l.orderLineId() == orderLineId)
                .findFirst()
                .orElseThrow(() -> new com.yiti.shared.RecordNotFoundException("OrderLine", orderLineId));
    }

    /** The order made to replace returned goods. */
    public record Replacement(long orderId, String number) {}
}
