package com.yiti.production;

import java.math.BigDecimal;

/** How planning sizes a product's proposals and what stock it keeps back; {@code version} is -1 when none is set. */
public record PlanningPolicyView(
        long productId,
        String sku,
        LotPolicy policy,
        BigDecimal lotQuantity,
        BigDecimal lotMultiple,
        BigDecimal safetyStock,
        long version) {}
