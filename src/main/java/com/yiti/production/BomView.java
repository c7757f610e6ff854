package com.yiti.production;

import com.yiti.inventory.ProductType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One version of a product's bill of materials with its components. */
public record BomView(
        long id,
        long productId,
        String sku,
        String productName,
        String unit,
        int versionNo,
        BomStatus status,
        LocalDate validFrom,
        String note,
        Instant activatedAt,
        String activatedBy,
        List<Line> lines,
        String createdBy,
        Instant createdAt,
        long version) {

    /** A component line. */
    public record Line(
            long id,
            int lineNo,
            long componentId,
            String sku,
            String name,
            String unit,
            ProductType type,
            BigDecimal quantity,
            BigDecimal scrapPct,
            boolean phantom) {}
}
