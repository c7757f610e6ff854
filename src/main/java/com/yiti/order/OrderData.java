package com.yiti.order;

/**
 * An order's header. {@code clientKey} makes a resubmitted form or API call return the order it already made; {@code
 * contractId} places it under one of the customer's signed contracts (its value is taken when the order is confirmed).
 */
public record OrderData(
        Long customerId, Long warehouseId, String customerReference, String note, String clientKey, Long contractId) {

    public OrderData(Long customerId, Long warehouseId, String customerReference, String note, String clientKey) {
        this(customerId, warehouseId, customerReference, note, clientKey, null);
    }
}
