package com.yiti.aftersales;

import com.yiti.shared.PublishedEvent;

/** A service ticket was opened. */
public record TicketOpened(long ticketId, String number, long customerId, String type, String priority)
        implements PublishedEvent {

    @Override
    public String subject() {
        return number;
    }
}
