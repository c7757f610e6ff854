package com.yiti.production;

import java.math.BigDecimal;

/** A bill of materials (draft or active) that uses a component, and how much of it per unit. */
public record WhereUsed(
        long bomId,
        long productId,
        String sku,
        String productName,
        int versionNo,
        BomStatus status,
        BigDecimal quantity,
        BigDecimal scrapPct,
        boolean phantom) {}
