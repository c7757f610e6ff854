package com.yiti.inventory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A stocktake (盘点) of a warehouse, or of one category in it. The book quantities are those at {@code frozenAt};
 * they are null in the counters' blind view.
 */
public record StocktakeView(
        long id,
        String number,
        long warehouseId,
        String warehouseCode,
        Long categoryId,
        Long binId,
        String binCode,
        StocktakeStatus status,
        Instant frozenAt,
        String postedBy,
        Instant postedAt,
        List<Line> lines,
        String createdBy,
        Instant createdAt,
        long version) {

    public record Line(
            long id,
            long productId,
            String sku,
            String productName,
            String unit,
            BigDecimal bookQuantity,
            BigDecimal countedQuantity,
            String countedBy,
            Instant countedAt,
            String bin) {

        /** Counted minus book (null until counted, or in the blind view). */
        public BigDecimal difference() {
            return countedQuantity == null || bookQuantity == null ? null : countedQuantity.subtract(bookQuantity);
        }
    }

    public long counted() {
        return lines.stream().filter(l -> l.countedQuantity() != null).count();
    }

    public long withDifference() {
        return lines.stream()
                .filter(l -> l.difference() != null && l.difference().signum() != 0)
                .count();
    }
}
