package com.yiti.customer;

/** A customer as other modules see it; {@code currency} is the one its quotations, orders and invoices are in. */
public record CustomerSummary(
        long id, String name, long ownerId, CustomerStatus status, CustomerTier tier, String currency) {}
