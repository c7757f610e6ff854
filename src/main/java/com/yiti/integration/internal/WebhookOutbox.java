package com.yiti.integration.internal;

import com.yiti.shared.PublishedEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every business event that an active webhook wants becomes a delivery row in the transaction of the change: it
 * commits with the change or not at all, and {@link WebhookSender} sends it afterwards. The active webhooks are read
 * at most every 10 seconds per node (a change made on another node reaches this one within that time).
 */
@Component
class WebhookOutbox {

    private static final Duration FRESH = Duration.ofSeconds(10);

    private final Webhooks webhooks;
    private final WebhookDeliveries deliveries;
    private final CloudEvents cloudEvents;
    private final Clock clock;

    private volatile List<Snapshot> active;
    private volatile Instant readAt = Instant.EPOCH;

    WebhookOutbox(Webhooks webhooks, WebhookDeliveries deliveries, CloudEvents cloudEvents, Clock clock) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.cloudEvents = cloudEvents;
        this.clock = clock;
    }

    /** What the outbox needs of an active webhook: its id and the types it wants (empty: all). */
    private record Snapshot(long id, java.util.Set<String> types) {

        boolean wants(String eventType) {
            return types.isEmpty() || types.contains(eventType);
        }
    }

    @EventListener
    void on(PublishedEvent event) {
        Instant now = clock.instant();
        List<Snapshot> wanting =
                current(now).stream().filter(s -> s.wants(event.eventType())).toList();
        if (wanting.isEmpty()) {
            return;
        }
        Map<String, Object> ce = cloudEvents.of(event);
        String payload = new String(cloudEvents.bytes(ce), java.nio.charset.StandardCharsets.UTF_8);
        for (Snapshot s : wanting) {
            deliveries.save(new WebhookDelivery(
                    s.id(), (String) ce.get("id"), event.eventType(), event.subject(), payload, now, null));
        }
    }

    private List<Snapshot> current(Instant now) {
        List<Snapshot> snapshot = active;
        if (snapshot == null || readAt.plus(FRESH).isBefore(now)) {
            snapshot = webhooks.findByActiveTrue().stream()
                    .map(w -> new Snapshot(w.getId(), java.util.Set.copyOf(w.types())))
                    .toList();
            active = snapshot;
            readAt = now;
        }
        return snapshot;
    }

    /** A webhook changed on this node: the next event reads them again. */
    void forget() {
        active = null;
    }
}
