package com.yiti.production;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A bill of materials version as entered: the made product, when it applies from, and what one unit consumes. */
public record BomData(Long productId, LocalDate validFrom, String note, List<Line> lines) {

    /** A component: quantity per unit of the product (in the component's unit), scrap %, phantom or not. */
    public record Line(Long componentId, BigDecimal quantity, BigDecimal scrapPct, Boolean phantom) {

        /** Not a phantom unless said so. */
        public boolean isPhantom() {
            return Boolean.TRUE.equals(phantom);
        }
    }
}
