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
        BigDecimal returnedQuantity,
        String priceList,
        BigDecimal priceFloor) {

    /** Above 15%, or below its price list's minimum, a line needs a sales manager's approval. */
    public boolean discountNeedsApproval() {
        return discountPct.compareTo(Approval.DISCOUNT_THRESHOLD) > 0 || belowFloor();
    }

    /** Sold below the minimum unit price (after discount) of the price list that applies. */
    public boolean belowFloor() {
        return priceFloor != null
                && unitPrice
                                .multiply(BigDecimal.valueOf(100).subtract(discountPct))
                                .divide(BigDecimal.valueOf(100), 2, java.math.RoundingMode.HALF_UP)
                                .compareTo(priceFloor)
                        < 0;
    }

    public BigDecimal backorderQuantity() {
        return quantity.subtract(reservedQuantity)
                .subtract(shippedQuantity)
                .subtract(cancelledQuantity)
                .max(BigDecimal.ZERO);
    }
}
