package com.yiti.purchasing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A purchase order; the total is null for readers who may not see prices. */
public record PurchaseOrderView(
        long id,
        String number,
        long supplierId,
        String supplierName,
        long warehouseId,
        String warehouseCode,
        PurchaseOrderStatus status,
        LocalDate expectedDate,
        Instant sentAt,
        BigDecimal total,
        List<PurchaseOrderLineView> lines,
        String createdBy,
        Instant createdAt,
        long version,
        String approval) {

    public boolean receivable() {
        return status == PurchaseOrderStatus.SENT || status == PurchaseOrderStatus.PARTIALLY_RECEIVED;
    }
}
