package com.yiti.pricing;

import java.math.BigDecimal;

public record PriceItemView(
        long id,
        long productId,
        String sku,
        String productName,
        BigDecimal minQuantity,
        BigDecimal unitPrice,
        BigDecimal discountPct,
        BigDecimal minPrice,
        long version) {}
