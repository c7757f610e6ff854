package com.yiti.customer;

/** A customer as other modules see it. */
public record CustomerSummary(long id, String name, long ownerId, CustomerStatus status, CustomerTier tier) {}
