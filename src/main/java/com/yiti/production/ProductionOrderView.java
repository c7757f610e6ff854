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
        long version,
        Long bomId,
        BigDecimal materialCost,
        BigDecimal labourCost,
        BigDecimal overheadCost,
        BigDecimal standardUnitCost,
        BigDecimal actualUnitCost,
        BigDecimal scrappedQuantity) {

    /** What making it cost beyond (or under) the standard: (actual − standard) × made; null until costed. */
    public BigDecimal variance() {
        if (actualUnitCost == null || standardUnitCost == null) {
            return null;
        }
        return actualUnitCost
                .subtract(standardUnitCost)
                .multiply(producedQuantity)
                .setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
