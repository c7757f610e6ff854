package com.yiti.integration.internal;

import com.yiti.integration.EventCatalogue;
import com.yiti.shared.PublishedEvent;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A business event as a CloudEvent 1.0 in JSON (structured mode): the event's record is {@code data}. The id is made
 * from the type and the data, so a message sent again (after a broker outage, a restart) carries the same id and a
 * consumer drops the second copy; {@code time} is when the message was sent.
 */
@Component
class CloudEvents {

    static final String CONTENT_TYPE = "application/cloudevents+json";

    private final JsonMapper json;
    private final Clock clock;
    private final String source;

    CloudEvents(JsonMapper json, Clock clock, @Value("${yiti.base-url}") String baseUrl) {
        this.json = json;
        this.clock = clock;
        this.source = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The CloudEvent's fields, in the order the specification lists them. */
    Map<String, Object> of(PublishedEvent event) {
        JsonNode data = json.valueToTree(event);
        String type = EventCatalogue.cloudEventType(event.eventType());
        String id = UUID.nameUUIDFromBytes(
                        (type + "\n" + json.writeValueAsString(data)).getBytes(StandardCharsets.UTF_8))
                .toString();
        Map<String, Object> ce = envelope(event.eventType(), event.subject());
        ce.put("id", id);
        ce.put(
                "dataschema",
                source + "/v3/asyncapi#/components/schemas/" + event.getClass().getSimpleName());
        ce.put("data", data);
        return ce;
    }

    /** The fields every message has, {@code id} in its place (to be set), without data. */
    Map<String, Object> envelope(String eventType, String subject) {
        Map<String, Object> ce = new LinkedHashMap<>();
        ce.put("specversion", "1.0");
        ce.put("id", null);
        ce.put("source", source);
        ce.put("type", EventCatalogue.cloudEventType(eventType));
        ce.put("subject", subject);
        ce.put("time", clock.instant().toString());
        ce.put("datacontenttype", "application/json");
        return ce;
    }

    byte[] bytes(Map<String, Object> cloudEvent) {
        return json.writeValueAsBytes(cloudEvent);
    }
}
