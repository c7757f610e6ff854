package com.yiti.customer;

import com.yiti.shared.PublishedEvent;

/** A customer's data changed; {@code version} is the record's version after the change (read it through the API). */
public record CustomerChanged(long customerId, String name, long ownerId, long version) implements PublishedEvent {

    @Override
    public String subject() {
        return name;
    }
}
