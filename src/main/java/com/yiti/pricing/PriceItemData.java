package com.yiti.pricing;

import java.math.BigDecimal;

/**
 * A product on a price list from a quantity on: either a unit price or a discount % off the list price, and
 * optionally the minimum unit price (after discount) a line may be sold at without approval.
 */
public record PriceItemData(
        Long productId, BigDecimal minQuantity, BigDecimal unitPrice, BigDecimal discountPct, BigDecimal minPrice) {}
