package com.yiti.inventory;

import java.math.BigDecimal;

/** One {@code fromUnit} is {@code factor} {@code toUnit}s. */
public record UnitConversionView(long id, String fromUnit, String toUnit, BigDecimal factor) {}
