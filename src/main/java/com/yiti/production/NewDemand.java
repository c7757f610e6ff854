package com.yiti.production;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A shortage to plan for; the order fields are null for a reorder. */
public record NewDemand(
        long productId,
        long warehouseId,
        BigDecimal quantity,
        LocalDate needBy,
        Long orderId,
        String orderNumber,
        Long orderLineId) {}
