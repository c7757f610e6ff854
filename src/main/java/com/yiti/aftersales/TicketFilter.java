package com.yiti.aftersales;

public record TicketFilter(
        String q, TicketStatus status, TicketPriority priority, Long assigneeId, Long customerId, SlaState sla) {}
