package com.yiti.order;

import com.yiti.shared.PublishedEvent;

/** An order (or the unshipped remainder of it) was cancelled. */
public record OrderCancelled(long orderId, String number, long customerId, boolean remainderOnly)
        implements PublishedEvent {

    @Override
    public String subject() {
        return number;
    }
}
