package com.yiti.inventory;

import java.math.BigDecimal;

/**
 * A count set on-hand stock to what was counted (an ADJUSTMENT move of the difference, positive or negative; a first
 * count of a balance is its opening stock). Published synchronously inside the transaction that posted the move, so
 * the journal follows the stock (finance) and a gain is offered to waiting orders (order) in the same transaction.
 * {@code value} is the difference at the moving-average cost (negative for a loss).
 */
public record StockCounted(long productId, long warehouseId, BigDecimal difference, String note, BigDecimal value) {}
