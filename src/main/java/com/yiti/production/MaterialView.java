package com.yiti.production;

import java.math.BigDecimal;

/** A component of a released production order: required, issued, still reserved under the order, issued value. */
public record MaterialView(
        long id,
        long componentId,
        String sku,
        String name,
        String unit,
        BigDecimal required,
        BigDecimal issued,
        BigDecimal reserved,
        BigDecimal issuedValue) {}
