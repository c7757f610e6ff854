package com.yiti.finance;

import java.math.BigDecimal;

/** A product's share of an invoice or credit note: quantity, net, tax and cost at standard cost. */
public record RevenueLine(long productId, BigDecimal quantity, BigDecimal net, BigDecimal tax, BigDecimal cost) {}
