package com.yiti.customer;

/** One hit of the top bar's quick search: a customer, or a contact with its customer. */
public record QuickSearchHit(long customerId, String customerName, String contactName, String mobile) {}
