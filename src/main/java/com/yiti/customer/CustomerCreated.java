package com.yiti.customer;

import com.yiti.shared.PublishedEvent;

/** A customer was created (by hand, an import or the API). */
public record CustomerCreated(long customerId, String name, long ownerId) implements PublishedEvent {

    @Override
    public String subject() {
        return name;
    }
}
