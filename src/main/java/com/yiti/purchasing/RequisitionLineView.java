package com.yiti.purchasing;

import java.math.BigDecimal;
import java.time.LocalDate;

public record RequisitionLineView(
        long id,
        long productId,
        String sku,
        String productName,
        String unit,
        long warehouseId,
        BigDecimal quantity,
        LocalDate needBy,
        boolean forOrder,
        Long orderId,
        String orderNumber,
        Long orderLineId,
        RequisitionStatus status,
        Long purchaseOrderLineId) {}
