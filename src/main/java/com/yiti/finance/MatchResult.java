package com.yiti.finance;

/**
 * How one supplier invoice line compares with its purchase order line and receipts: MATCHED within the tolerances;
 * PRICE when the invoiced price differs from the ordered price by more than the price tolerance; QUANTITY when more is
 * invoiced than was received and not yet invoiced.
 */
public enum MatchResult {
    MATCHED,
    PRICE,
    QUANTITY
}
