package com.yiti.purchasing;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A shortage of a bought product to buy for; the order fields are null for a reorder. */
public record NewRequisition(
        long productId,
        long warehouseId,
        BigDecimal quantity,
        LocalDate needBy,
        Long orderId,
        String orderNumber,
        Long orderLineId) {}
