package com.yiti.order;

/** An order as another module names it: its number, customer, status and currency. */
public record OrderHeader(long id, String number, long customerId, OrderStatus status, String currency) {}
