package com.yiti.order;

import java.math.BigDecimal;

/** An order was confirmed (stock reserved, shortages planned). Published after commit through the registry. */
public record OrderConfirmed(long orderId, String number, long customerId, BigDecimal grossTotal) {}
