package com.yiti.production;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Open plan lines of one product in one warehouse: the total to make, the earliest need-by and the lines. */
public record PlanGroup(
        long productId,
        String sku,
        String productName,
        String unit,
        long warehouseId,
        String warehouseCode,
        BigDecimal totalQuantity,
        LocalDate earliestNeedBy,
        List<PlanLineView> lines) {}
