package com.yiti.integration.internal;

import com.yiti.integration.EventCatalogue;
import com.yiti.shared.PublishedEvent;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The AsyncAPI 3.0 document of the business events, made from the event classes themselves (so it cannot drift from
 * what is sent): one channel per type on the topic exchange, one message per type with the CloudEvents envelope, and
 * the data's schema from the record's components.
 */
@Component
public class AsyncApiDocument {

    private final EventCatalogue catalogue;
    private final String exchange;
    private final String host;
    private final String baseUrl;

    AsyncApiDocument(
            EventCatalogue catalogue,
            @Value("${yiti.events.amqp.exchange:yiti.events}") String exchange,
            @Value("${spring.rabbitmq.host:localhost}:${spring.rabbitmq.port:5672}") String host,
            @Value("${yiti.base-url}") String baseUrl) {
        this.catalogue = catalogue;
        this.exchange = exchange;
        this.host = host;
        this.baseUrl = baseUrl;
    }

    public Map<String, Object> document() {
        Map<String, Object> channels = new LinkedHashMap<>();
        Map<String, Object> operations = new LinkedHashMap<>();
        Map<String, Object> messages = new LinkedHashMap<>();
        Map<String, Object> schemas = new LinkedHashMap<>();
        for (Class<? extends PublishedEvent> type : catalogue.types()) {
            String name = type.getSimpleName();
            String eventType = PublishedEvent.typeOf(type);
            schemas.put(name, schema(type));
            messages.put(
                    name,
                    map(
                            "name",
                            EventCatalogue.cloudEventType(eventType),
                            "title",
                            name,
                            "contentType",
                            CloudEvents.CONTENT_TYPE,
                            "payload",
                            envelope(name, EventCatalogue.cloudEventType(eventType))));
            channels.put(
                    eventType,
                    map(
                            "address",
                            eventType,
                            "messages",
                            map(name, map("$ref", "#/components/messages/" + name)),
                            "bindings",
                            map(
                                    "amqp",
                                    map(
                                            "is",
                                            "routingKey",
                                            "exchange",
                                            map(
                                                    "name",
                                                    exchange,
                                                    "type",
                                                    "topic",
                                                    "durable",
                                                    true,
                                                    "autoDelete",
                                                    false),
                                            "bindingVersion",
                                            "0.3.0"))));
            operations.put(
                    "send" + name,
                    map(
                            "action",
                            "send",
                            "channel",
                            map("$ref", "#/channels/" + eventType),
                            "messages",
                            List.of(map("$ref", "#/channels/" + eventType + "/messages/" + name))));
        }
        return map(
                "asyncapi",
                "3.0.0",
                "info",
                map(
                        "title",
                        "Yiti business events",
                        "version",
                        "1",
                        "description",
                        "Sent after the change commits, at least once (a consumer drops a repeated id), as CloudEvents"
                                + " JSON on the topic exchange " + exchange + " with the event type as routing key."),
                "defaultContentType",
                CloudEvents.CONTENT_TYPE,
                "servers",
                map("rabbitmq", map("host", host, "protocol", "amqp", "description", "RabbitMQ of " + baseUrl)),
                "channels",
                channels,
                "operations",
                operations,
                "components",
                map("messages", messages, "schemas", schemas));
    }

    private static Map<String, Object> envelope(String name, String cloudEventType) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("specversion", map("type", "string", "const", "1.0"));
        properties.put(
                "id", map("type", "string", "description", "the same for every copy of one event: drop repeats"));
        properties.put("source", map("type", "string", "format", "uri", "description", "the installation"));
        properties.put("type", map("type", "string", "const", cloudEventType));
        properties.put(
                "subject", map("type", "string", "description", "what it is about, as people name it (a number)"));
        properties.put(
                "time", map("type", "string", "format", "date-time", "description", "when the message was sent"));
        properties.put("datacontenttype", map("type", "string", "const", "application/json"));
        properties.put("dataschema", map("type", "string", "format", "uri"));
        properties.put("data", map("$ref", "#/components/schemas/" + name));
        return map(
                "type",
                "object",
                "required",
                List.of("specversion", "id", "source", "type", "time", "data"),
                "properties",
                properties);
    }

    /** A record's JSON schema: its components, the primitive ones required. */
    static Map<String, Object> schema(Class<?> record) {
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (RecordComponent c : record.getRecordComponents()) {
            properties.put(c.getName(), schemaOf(c.getGenericType()));
            if (c.getType().isPrimitive()) {
                required.add(c.getName());
            }
        }
        return map("type", "object", "required", required, "properties", properties);
    }

    private static Map<String, Object> schemaOf(Type type) {
        if (type instanceof ParameterizedType p
                && p.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw)) {
            return map("type", "array", "items", schemaOf(p.getActualTypeArguments()[0]));
        }
        Class<?> c = (Class<?>) (type instanceof ParameterizedType p ? p.getRawType() : type);
        if (c == long.class || c == Long.class || c == int.class || c == Integer.class || c == BigInteger.class) {
            return map("type", "integer");
        }
        if (c == boolean.class || c == Boolean.class) {
            return map("type", "boolean");
        }
        if (c == BigDecimal.class || c == double.class || c == Double.class) {
            return map("type", "number");
        }
        if (c == LocalDate.class) {
            return map("type", "string", "format", "date");
        }
        if (c == Instant.class || c == OffsetDateTime.class || c == LocalDateTime.class) {
            return map("type", "string", "format", "date-time");
        }
        if (c.isEnum()) {
            return map(
                    "type",
                    "string",
                    "enum",
                    Arrays.stream(c.getEnumConstants()).map(Object::toString).toList());
        }
        if (c.isRecord()) {
            return schema(c);
        }
        return map("type", "string");
    }

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
