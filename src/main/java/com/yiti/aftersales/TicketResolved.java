package com.yiti.aftersales;

import com.yiti.shared.PublishedEvent;

/** A service ticket was resolved; {@code withinTarget} says whether it met its resolution target. */
public record TicketResolved(long ticketId, String number, long customerId, Boolean withinTarget)
        implements PublishedEvent {

    @Override
    public String subject() {
        return number;
    }
}
