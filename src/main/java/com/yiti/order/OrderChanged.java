package com.yiti.order;

/**
 * Something happened to an order (every step its timeline records). Published synchronously inside the transaction
 * that changed it, so read models can follow the order in that same transaction.
 */
public record OrderChanged(long orderId) {}
