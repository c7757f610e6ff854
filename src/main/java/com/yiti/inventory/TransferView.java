package com.yiti.inventory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A transfer with its lines: requested, shipped (left the source) and received (arrived at the destination). */
public record TransferView(
        long id,
        String number,
        long fromWarehouseId,
        String fromWarehouseCode,
        long toWarehouseId,
        String toWarehouseCode,
        TransferStatus status,
        String note,
        String shippedBy,
        Instant shippedAt,
        List<Line> lines,
        String createdBy,
        Instant createdAt,
        long version) {

    public record Line(
            long id,
            long productId,
            String sku,
            String productName,
            String unit,
            BigDecimal quantity,
            BigDecimal shippedQuantity,
            BigDecimal receivedQuantity) {

        /** Shipped and not yet received: on its way. */
        public BigDecimal inTransit() {
            return shippedQuantity.subtract(receivedQuantity);
        }
    }

    public BigDecimal inTransit() {
        return lines.stream().map(Line::inTransit).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
