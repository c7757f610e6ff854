package com.yiti.inventory;

import java.math.BigDecimal;

/**
 * Components left stock for a production order (a material issue or a backflush), published synchronously inside the
 * transaction that posted the move; {@code value} is what they took out of the stock value at the moving-average
 * cost (the journal posts it into production cost).
 */
public record StockIssued(long productId, long warehouseId, BigDecimal quantity, String reference, BigDecimal value) {}
