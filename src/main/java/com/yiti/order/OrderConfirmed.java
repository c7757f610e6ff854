package com.yiti.order;

import com.yiti.shared.PublishedEvent;
import java.math.BigDecimal;

/** An order was confirmed (stock reserved, shortages planned). Published after commit through the registry. */
public record OrderConfirmed(long orderId, String number, long customerId, BigDecimal grossTotal)
        implements PublishedEvent {

    @Override
    public String subject() {
        return number;
    }
}
