package com.yiti.order;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An order with reserved stock ready to pick in a warehouse: quantities only, no prices, no credit data. */
public record PickOrder(
        long orderId,
        String orderNumber,
        String customerName,
        long warehouseId,
        String warehouseCode,
        LocalDate promisedDate,
        List<Line> lines) {

    public record Line(
            long orderLineId,
            int lineNo,
            String sku,
            String productName,
            String unit,
            BigDecimal ordered,
            BigDecimal shipped,
            BigDecimal reserved,
            BigDecimal backorder,
            String bin) {}
}
