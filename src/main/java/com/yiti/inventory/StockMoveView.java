package com.yiti.inventory;

import java.math.BigDecimal;
import java.time.Instant;

public record StockMoveView(
        long id,
        long productId,
        String sku,
        long warehouseId,
        String warehouseCode,
        BigDecimal quantity,
        MoveReason reason,
        String reference,
        String note,
        String movedBy,
        Instant movedAt,
        BigDecimal unitCost,
        BigDecimal value) {}
