package com.yiti.order.spi;

/**
 * Asked inside the confirmation transaction, before any stock is reserved. A hold puts the order on CREDIT_HOLD with
 * the reason on its timeline and reserves nothing; finance releases it later by confirming it again.
 */
public interface CreditCheck {

    CreditDecision check(OrderForCredit order);
}
