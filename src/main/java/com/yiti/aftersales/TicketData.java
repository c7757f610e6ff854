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
        Long assigneeId,
        String lotNumber) {

    /** Without a lot or serial number. */
    public TicketData(
            Long customerId,
            Long contactId,
            Long orderId,
            Long productId,
            TicketType type,
            TicketPriority priority,
            TicketChannel channel,
            String subject,
            String description,
            Long assigneeId) {
        this(
                customerId,
                contactId,
                orderId,
                productId,
                type,
                priority,
                channel,
                subject,
                description,
                assigneeId,
                null);
    }
}
