package com.yiti.aftersales;

/** A product with open complaint tickets traced to a cause: how many, and the latest ticket. */
public record QualityIssue(long productId, RootCause cause, long openTickets, long latestTicketId) {}
