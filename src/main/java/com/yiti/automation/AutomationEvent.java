package com.yiti.automation;

import java.util.Map;

/**
 * Something happened that rules may act on, published by the record's module in its transaction (decision 053):
 * the event's name (one of {@link AutomationEventType}), the record (type, id, the reference people know it by, its
 * page), its owner and customer where it has them, the customer's name, and numeric facts for conditions.
 */
public record AutomationEvent(
        String event,
        String recordType,
        long recordId,
        String recordRef,
        String link,
        Long ownerId,
        Long customerId,
        String customerName,
        Map<String, String> facts) {

    public AutomationEvent {
        facts = facts == null ? Map.of() : Map.copyOf(facts);
    }
}
