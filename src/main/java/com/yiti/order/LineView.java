package com.yiti.order;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A quotation or order line. For quotation lines the fulfilment figures are zero and supply is null. Backorder is
 * what is neither reserved, shipped nor cancelled.
 */
public record LineView(
        long id,
        int lineNo,
        long productId,
        String sku,
        String productName,
        String unit,
        BigDecimal quantity,
        BigDecimal unitPrice,
        BigDecimal discountPct,
        BigDecimal taxRate,
        BigDecimal netAmount,
        BigDecimal taxAmount,
        BigDecimal grossAmount,
        BigDecimal reservedQuantity,
        BigDecimal shippedQuantity,
        BigDecimal cancelledQuantity,
        LineSupply supply,
        LocalDate promisedDate,
        BigDecimal returnedQuantity) {

    /** Above 15% a quotation needs a sales manager's approval. */
    public boolean discountNeedsApproval() {
        return discountPct.compareTo(Approval.DISCOUNT_THRESHOLD) > 0;
    }

    public BigDecimal backorderQuantity() {
        return quantity.subtract(reservedQuantity)
                .subtract(shippedQuantity)
                .subtract(cancelledQuantity)
                .max(BigDecimal.ZERO);
    }
}
