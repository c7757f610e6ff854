package com.yiti.inventory;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A lot or serial number: what product, where it came from (the supplier's receipt and purchase order, or the
 * production order), where it is now, and every move it made (the trace; empty in lists).
 */
public record LotView(
        long id,
        long productId,
        String sku,
        String productName,
        String number,
        boolean serial,
        LocalDate expiryDate,
        MoveReason originReason,
        String originReference,
        Long supplierId,
        String supplierName,
        String purchaseOrderNumber,
        BigDecimal onHand,
        Instant createdAt,
        List<Where> where,
        List<Move> moves) {

    public record Where(long warehouseId, String warehouseCode, BigDecimal onHand) {}

    public record Move(
            MoveReason reason,
            String reference,
            long warehouseId,
            String warehouseCode,
            BigDecimal quantity,
            Instant at) {}
}
