package com.yiti.pricing;

import java.math.BigDecimal;

/**
 * The best applicable price and why: the list (code and name), whom it is for (CUSTOMER, TIER, ALL), from which
 * quantity, a fixed price or a discount, and the minimum unit price below which a line needs approval (or null).
 */
public record PriceQuote(
        BigDecimal unitPrice,
        long priceListId,
        String priceListCode,
        String priceListName,
        String scope,
        BigDecimal minQuantity,
        BigDecimal discountPct,
        BigDecimal minPrice) {}
