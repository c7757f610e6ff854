package com.yiti.integration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.yiti.order.OrderConfirmed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** A CloudEvent's id comes from what happened, not from when it was sent: a copy sent again is dropped by its id. */
class CloudEventsTests {

    static CloudEvents at(String instant) {
        return new CloudEvents(
                JsonMapper.builder().build(),
                Clock.fixed(Instant.parse(instant), ZoneOffset.UTC),
                "https://yiti.example.com/");
    }

    @Test
    void theSameEventSentAgainLaterHasTheSameIdAndAnotherEventAnotherId() {
        OrderConfirmed event = new OrderConfirmed(7, "SO-2026-00007", 3, new BigDecimal("1356.00"));
        Map<String, Object> first = at("2026-12-06T01:00:00Z").of(event);
        Map<String, Object> again = at("2026-12-06T09:30:00Z").of(event);
        Map<String, Object> other =
                at("2026-12-06T01:00:00Z").of(new OrderConfirmed(8, "SO-2026-00008", 3, new BigDecimal("1356.00")));

        assertThat(again.get("id")).isEqualTo(first.get("id"));
        assertThat(again.get("time")).isNotEqualTo(first.get("time"));
        assertThat(other.get("id")).isNotEqualTo(first.get("id"));
        assertThat(first)
                .containsEntry("specversion", "1.0")
                .containsEntry("type", "com.yiti.order.confirmed.v1")
                .containsEntry("source", "https://yiti.example.com")
                .containsEntry("subject", "SO-2026-00007")
                .containsEntry("time", "2026-12-06T01:00:00Z");
        assertThat(new String(at("2026-12-06T01:00:00Z").bytes(first)))
                .contains(
                        "\"data\":{\"orderId\":7,\"number\":\"SO-2026-00007\",\"customerId\":3,\"grossTotal\":1356.00}");
    }
}
