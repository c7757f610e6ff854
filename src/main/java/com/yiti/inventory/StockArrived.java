package com.yiti.inventory;

import java.math.BigDecimal;

/**
 * Stock came into a warehouse (a receipt, production output or a return). Published synchronously inside the
 * transaction that posted the move, so a listener that reserves the new stock for waiting demand does it in the
 * same transaction: the move and the reservations commit or roll back together. {@code value} is what the goods
 * added to the stock value (the journal posts it).
 */
public record StockArrived(
        long productId, long warehouseId, BigDecimal quantity, MoveReason reason, String reference, BigDecimal value) {

    /** Goods between two of our warehouses: they arrive with no value of their own (decision 025). */
    public static StockArrived transferred(long productId, long warehouseId, BigDecimal quantity, String reference) {
        return new StockArrived(productId, warehouseId, quantity, MoveReason.TRANSFER_IN, reference, BigDecimal.ZERO);
    }
}
