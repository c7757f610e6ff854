package com.yiti.production;

import java.math.BigDecimal;

/**
 * A production order released against its bill of materials was completed: what it made and what that cost —
 * materials issued (already posted as they left stock), the operations' labour and overhead absorbed (the journal
 * posts them into production cost), and the standard it is compared with; {@code variance} is what the order cost
 * beyond (negative: under) the standard value its output went into stock at — zero when the output goes in at actual.
 * Published inside the completing transaction.
 */
public record ProductionCompleted(
        long productionOrderId,
        String number,
        long productId,
        BigDecimal produced,
        BigDecimal materialCost,
        BigDecimal labourCost,
        BigDecimal overheadCost,
        BigDecimal actualUnitCost,
        BigDecimal standardUnitCost,
        BigDecimal variance) {}
