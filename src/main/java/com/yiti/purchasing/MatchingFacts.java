package com.yiti.purchasing;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a supplier invoice is matched against: the purchase order (what was ordered, at which price) and its receipts
 * (what was received, and the value they were booked at in goods received not invoiced).
 */
public record MatchingFacts(
        long purchaseOrderId,
        String number,
        long supplierId,
        String supplierName,
        PurchaseOrderStatus status,
        List<Line> lines) {

    public record Line(
            long id,
            long productId,
            String sku,
            String nameZh,
            String nameEn,
            String unit,
            BigDecimal ordered,
            BigDecimal unitPrice,
            BigDecimal taxRate,
            BigDecimal received,
            BigDecimal receivedValue) {}

    public Line line(long lineId) {
        return lines.stream().filter(l -> l.id() == lineId).findFirst().orElse(null);
    }
}
