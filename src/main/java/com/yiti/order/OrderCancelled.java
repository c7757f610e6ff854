package com.yiti.order;

/** An order (or the unshipped remainder of it) was cancelled. */
public record OrderCancelled(long orderId, String number, long customerId, boolean remainderOnly) {}
