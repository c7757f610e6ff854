package com.yiti.order.spi;

import java.math.BigDecimal;

/** What a credit check needs to know about the order being confirmed. */
public record OrderForCredit(long orderId, String number, long customerId, BigDecimal grossTotal, String currency) {}
