package com.yiti.purchasing;

import java.math.BigDecimal;

/** The unit price is null for readers who may not see prices (WAREHOUSE). */
public record PurchaseOrderLineView(
        long id,
        long productId,
        String sku,
        String productName,
        String unit,
        BigDecimal quantity,
        BigDecimal receivedQuantity,
        BigDecimal unitPrice,
        BigDecimal returnedQuantity,
        com.yiti.inventory.Tracking tracking) {

    public BigDecimal openQuantity() {
        return quantity.subtract(receivedQuantity).max(BigDecimal.ZERO);
    }
}
