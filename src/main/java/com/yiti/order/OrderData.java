package com.yiti.order;

/** An order's header. {@code clientKey} makes a resubmitted form or API call return the order it already made. */
public record OrderData(Long customerId, Long warehouseId, String customerReference, String note, String clientKey) {}
