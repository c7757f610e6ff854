package com.yiti.inventory;

import java.math.BigDecimal;

/**
 * Reserved stock became available again (a cancelled order line's reservation released). Published synchronously
 * inside the releasing transaction, so that lines waiting for the product reserve it before anyone else sees it.
 */
public record StockReleased(long productId, long warehouseId, BigDecimal quantity, String reference) {}
