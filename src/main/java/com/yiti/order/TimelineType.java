package com.yiti.order;

/** The steps an order's timeline shows; each has a message {@code timeline.<TYPE>} taking the entry's arguments. */
public enum TimelineType {
    CREATED,
    FROM_QUOTATION,
    CREDIT_HOLD,
    CREDIT_RELEASED,
    CREDIT_REJECTED,
    CONFIRMED,
    RESERVED,
    WAITING_PRODUCTION,
    WAITING_PURCHASE,
    PRODUCED,
    RECEIVED,
    TRANSFERRED,
    SHIPPED_PARTIAL,
    SHIPPED_FULL,
    SERVICES_DONE,
    DELIVERED,
    CANCELLED,
    REMAINDER_CANCELLED,
    INVOICED,
    CREDITED,
    PAID,
    CLOSED,
    RETURN_AUTHORIZED,
    RETURN_CANCELLED,
    RETURN_RECEIVED,
    REPLACEMENT,
    REPLACEMENT_FOR,
    EMAILED
}
