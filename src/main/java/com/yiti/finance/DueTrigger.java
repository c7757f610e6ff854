package com.yiti.finance;

/**
 * When an instalment of a collection plan falls due: on a fixed date, or a number of days after a milestone — the
 * contract's signature (or the order's confirmation), the delivery of the goods, the customer's acceptance.
 */
public enum DueTrigger {
    DATE,
    SIGNING,
    DELIVERY,
    ACCEPTANCE
}
