package com.yiti.inventory;

import java.math.BigDecimal;
import java.util.List;

/** A transfer as requested: from one warehouse to another, products (by id, or by SKU) and quantities. */
public record NewTransfer(Long fromWarehouseId, Long toWarehouseId, String note, List<Line> lines) {

    public record Line(Long productId, String sku, BigDecimal quantity) {

        public Line(Long productId, BigDecimal quantity) {
            this(productId, null, quantity);
        }
    }
}
