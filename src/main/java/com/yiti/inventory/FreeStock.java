package com.yiti.inventory;

import java.math.BigDecimal;

/** Stock of a product available (on hand, not reserved) in one warehouse: what a transfer could take from it. */
public record FreeStock(long productId, long warehouseId, String warehouseCode, BigDecimal available) {}
