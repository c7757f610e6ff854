package com.yiti.order;

import com.yiti.shared.PublishedEvent;
import java.time.LocalDate;

/** Every shipment of a fully shipped order is delivered; the day the last one arrived. */
public record OrderDelivered(long orderId, String number, long customerId, LocalDate deliveredOn)
        implements PublishedEvent {

    @Override
    public String subject() {
        return number;
    }
}
