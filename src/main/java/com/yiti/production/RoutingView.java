package com.yiti.production;

import java.math.BigDecimal;
import java.util.List;

/** A product's routing with its operations and what each costs per unit at the standard lot size. */
public record RoutingView(
        long id,
        long productId,
        String sku,
        String productName,
        String unit,
        BigDecimal lotSize,
        String note,
        List<Operation> operations,
        long version) {

    /** One operation with its work centre. */
    public record Operation(
            long id,
            int seq,
            long workCentreId,
            String workCentreCode,
            String workCentreName,
            String description,
            BigDecimal setupMinutes,
            BigDecimal runMinutes,
            BigDecimal labourCostPerUnit,
            BigDecimal overheadCostPerUnit) {}
}
