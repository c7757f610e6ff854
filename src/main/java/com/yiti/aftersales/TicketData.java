package com.yiti.aftersales;

/** A ticket as opened or edited. */
public record TicketData(
        Long customerId,
        Long contactId,
        Long orderId,
        Long productId,
        TicketType type,
        TicketPriority priority,
        TicketChannel channel,
        String subject,
        String description,
        Long assigneeId) {}
