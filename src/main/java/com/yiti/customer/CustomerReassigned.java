package com.yiti.customer;

/**
 * A customer was handed to another rep. Published inside the reassigning transaction: every module whose records
 * hang off the customer moves their owner in the same transaction (decision 018), so the new owner reads and
 * writes them at once and the old one no longer does.
 */
public record CustomerReassigned(long customerId, long fromOwnerId, long toOwnerId, String by) {}
