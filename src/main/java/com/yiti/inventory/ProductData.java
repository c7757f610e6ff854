package com.yiti.inventory;

import java.math.BigDecimal;

public record ProductData(
        String sku,
        String nameZh,
        String nameEn,
        String unit,
        ProductType type,
        BigDecimal listPrice,
        BigDecimal standardCost,
        BigDecimal taxRate,
        Integer leadTimeDays,
        BigDecimal reorderPoint,
        BigDecimal reorderQuantity,
        boolean active,
        Long categoryId,
        Tracking tracking) {

    /** Not tracked by lot or serial. */
    public ProductData(
            String sku,
            String nameZh,
            String nameEn,
            String unit,
            ProductType type,
            BigDecimal listPrice,
            BigDecimal standardCost,
            BigDecimal taxRate,
            Integer leadTimeDays,
            BigDecimal reorderPoint,
            BigDecimal reorderQuantity,
            boolean active,
            Long categoryId) {
        this(
                sku,
                nameZh,
                nameEn,
                unit,
                type,
                listPrice,
                standardCost,
                taxRate,
                leadTimeDays,
                reorderPoint,
                reorderQuantity,
                active,
                categoryId,
                Tracking.NONE);
    }

    /** Without a category. */
    public ProductData(
            String sku,
            String nameZh,
            String nameEn,
            String unit,
            ProductType type,
            BigDecimal listPrice,
            BigDecimal standardCost,
            BigDecimal taxRate,
            Integer leadTimeDays,
            BigDecimal reorderPoint,
            BigDecimal reorderQuantity,
            boolean active) {
        this(
                sku,
                nameZh,
                nameEn,
                unit,
                type,
                listPrice,
                standardCost,
                taxRate,
                leadTimeDays,
                reorderPoint,
                reorderQuantity,
                active,
                null);
    }
}
