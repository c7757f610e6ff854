package com.yiti.purchasing;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Goods to send back against a purchase order: quantities per purchase order line, why, and whether they are taken
 * from the quarantine location (customers' returns held there) rather than from the order's warehouse.
 */
public record NewSupplierReturn(
        long purchaseOrderId,
        SupplierReturnReason reason,
        boolean fromQuarantine,
        String note,
        Map<Long, BigDecimal> quantities) {}
