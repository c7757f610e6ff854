package com.yiti.inventory;

import java.math.BigDecimal;

/** A product; list price and standard cost are null for roles that may not see prices (warehouse, service). */
public record ProductView(
        long id,
        String sku,
        String nameZh,
        String nameEn,
        String unit,
        ProductType type,
        BigDecimal listPrice,
        BigDecimal standardCost,
        BigDecimal taxRate,
        int leadTimeDays,
        BigDecimal reorderPoint,
        BigDecimal reorderQuantity,
        boolean active,
        long version,
        Long categoryId,
        Tracking tracking) {

    /** The name in the reader's language. */
    public String name(java.util.Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
