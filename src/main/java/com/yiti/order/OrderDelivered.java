package com.yiti.order;

/** Every shipment of a fully shipped order is delivered. */
public record OrderDelivered(long orderId, String number, long customerId) {}
