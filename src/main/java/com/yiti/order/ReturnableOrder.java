package com.yiti.order;

import java.math.BigDecimal;
import java.util.List;

/** An order's lines as after-sales sees them for a return: what was shipped and what has come back already. */
public record ReturnableOrder(
        long orderId, String number, long customerId, long ownerId, long warehouseId, List<Line> lines) {

    public record Line(
            long orderLineId,
            int lineNo,
            long productId,
            BigDecimal shippedQuantity,
            BigDecimal returnedQuantity,
            BigDecimal unitPrice) {

        public BigDecimal returnable() {
            return shippedQuantity.subtract(returnedQuantity);
        }
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
