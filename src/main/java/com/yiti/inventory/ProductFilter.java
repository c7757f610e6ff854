package com.yiti.inventory;

public record ProductFilter(String q, ProductType type, Boolean active) {

    public static ProductFilter none() {
        return new ProductFilter(null, null, null);
    }
}
