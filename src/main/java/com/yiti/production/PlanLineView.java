package com.yiti.production;

import java.math.BigDecimal;
import java.time.LocalDate;

public record PlanLineView(
        long id,
        long productId,
        String sku,
        String productName,
        long warehouseId,
        BigDecimal quantity,
        LocalDate needBy,
        DemandSource source,
        Long orderId,
        String orderNumber,
        Long orderLineId,
        PlanLineStatus status,
        Long productionOrderId) {}
