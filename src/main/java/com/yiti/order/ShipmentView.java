package com.yiti.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A shipment document: quantities only, no prices. */
public record ShipmentView(
        long id,
        String number,
        long orderId,
        String orderNumber,
        String customerName,
        long warehouseId,
        String warehouseCode,
        String carrier,
        String trackingNumber,
        ShipmentStatus status,
        Instant dispatchedAt,
        String dispatchedBy,
        LocalDate deliveredOn,
        List<Line> lines,
        long version) {

    /** A shipped line; {@code lots} are the lots or serial numbers it took ("L2405 × 3", a serial alone). */
    public record Line(
            long orderLineId,
            long productId,
            String sku,
            String productName,
            String unit,
            BigDecimal quantity,
            List<String> lots) {}
}
