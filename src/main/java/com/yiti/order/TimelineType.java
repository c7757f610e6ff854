package com.yiti.order;

/** The steps an order's timeline shows; each has a message {@code timeline.<TYPE>} taking the entry's arguments. */
public enum TimelineType {
    CREATED,
    FROM_QUOTATION,
    CREDIT_HOLD,
    CREDIT_RELEASED,
    /** FINANCE's release went into the credit-release approval flow. */
    CREDIT_RELEASE_REQUESTED,
    /** The credit-release approval was rejected: the order stays on hold. */
    CREDIT_RELEASE_REJECTED,
    CREDIT_REJECTED,
    CONFIRMED,
    RESERVED,
    WAITING_PRODUCTION,
    WAITING_PURCHASE,
    PROMISE_FIRMED,
    PROMISE_MATERIAL,
    PROMISE_CAPACITY,
    PROMISE_ROUTING,
    PROMISE_LEAD_TIME,
    PROMISE_PURCHASE,
    PLAN_MOVED,
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
    /** A deposit (预收款/定金) was received for the order; finance applies it to the order's invoices. */
    DEPOSIT_RECEIVED,
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
