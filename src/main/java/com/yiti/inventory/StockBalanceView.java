package com.yiti.inventory;

import java.math.BigDecimal;

/** On hand, reserved and available (= on hand − reserved) of one product in one warehouse. */
public record StockBalanceView(
        long productId,
        String sku,
        String nameZh,
        String nameEn,
        String unit,
        long warehouseId,
        String warehouseCode,
        BigDecimal onHand,
        BigDecimal reserved,
        BigDecimal reorderPoint) {

    public BigDecimal available() {
        return onHand.subtract(reserved);
    }

    public boolean belowReorderPoint() {
        return available().compareTo(reorderPoint) < 0;
    }
}
