package com.yiti.inventory;

import java.math.BigDecimal;

/**
 * Stock came into a warehouse (a receipt, production output or a return). Published synchronously inside the
 * transaction that posted the move, so a listener that reserves the new stock for waiting demand does it in the
 * same transaction: the move and the reservations commit or roll back together.
 */
public record StockArrived(
        long productId, long warehouseId, BigDecimal quantity, MoveReason reason, String reference) {}
