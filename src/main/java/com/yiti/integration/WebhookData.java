package com.yiti.integration;

import java.util.List;

/** What ADMIN enters for a webhook: a name, the http(s) URL, the event types it wants (empty: all) and whether on. */
public record WebhookData(String name, String url, List<String> eventTypes, boolean active) {

    public WebhookData {
        eventTypes = eventTypes == null ? List.of() : List.copyOf(eventTypes);
    }
}
