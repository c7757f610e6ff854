package com.yiti.order;

/** List filters; {@code q} matches the number or the customer reference. */
public record OrderFilter(String q, OrderStatus status, Long customerId, Long ownerId) {}
