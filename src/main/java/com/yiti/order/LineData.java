package com.yiti.order;

import java.math.BigDecimal;

/** A line as entered: the unit price defaults to the product's list price, the discount to 0. */
public record LineData(Long productId, BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountPct) {}
