package com.yiti.order;

import java.time.Instant;
import java.util.List;

/** One step of an order's life: what (a message code and its arguments), who and when. */
public record TimelineEntry(long id, TimelineType type, List<String> args, String by, Instant at) {

    public String messageKey() {
        return "timeline." + type.name();
    }
}
