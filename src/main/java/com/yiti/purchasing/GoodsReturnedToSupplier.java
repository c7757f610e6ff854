package com.yiti.purchasing;

import java.math.BigDecimal;
import java.util.List;

/**
 * Goods went back to their supplier against a purchase order (a return, 退货). Published synchronously inside the
 * transaction that moved the stock, so the journal (finance) follows in the same transaction: goods received not
 * invoiced gives back what the receipts booked ({@code costAmount}), inventory what the goods were worth in stock
 * ({@code stockValue}), and a debit note is issued for what the supplier had already invoiced.
 */
public record GoodsReturnedToSupplier(
        long returnId,
        String number,
        long purchaseOrderId,
        String purchaseOrderNumber,
        long supplierId,
        SupplierReturnReason reason,
        List<Line> lines) {

    public record Line(
            long purchaseOrderLineId,
            long productId,
            String sku,
            BigDecimal quantity,
            BigDecimal costAmount,
            BigDecimal stockValue) {}
}
