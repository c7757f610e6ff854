package com.yiti.production;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

public record ProductionOrderView(
        long id,
        String number,
        long productId,
        String sku,
        String productName,
        String unit,
        long warehouseId,
        String warehouseCode,
        BigDecimal quantity,
        BigDecimal producedQuantity,
        ProductionOrderStatus status,
        LocalDate dueDate,
        Instant startedAt,
        String startedBy,
        Instant completedAt,
        String completedBy,
        String createdBy,
        Instant createdAt,
        long version) {}
