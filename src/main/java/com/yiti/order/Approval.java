package com.yiti.order;

/**
 * Discount approval of a quotation: a line discounted above 15% needs a sales manager's approval before the
 * quotation is sent. Changing the lines again voids an approval.
 */
public enum Approval {
    NOT_REQUIRED,
    REQUIRED,
    PENDING,
    APPROVED,
    REJECTED;

    /** A line discounted above this percentage needs approval. */
    public static final java.math.BigDecimal DISCOUNT_THRESHOLD = new java.math.BigDecimal("15");
}
