package com.yiti.integration.internal;

import com.yiti.integration.WebhookTested;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** What the facade needs of the module's insides: secrets, the outbox's cache, replays and test deliveries. */
@Component
public class WebhookAdministration {

    private final WebhookDeliveries deliveries;
    private final WebhookOutbox outbox;
    private final CloudEvents cloudEvents;
    private final JsonMapper json;
    private final Clock clock;

    WebhookAdministration(
            WebhookDeliveries deliveries, WebhookOutbox outbox, CloudEvents cloudEvents, JsonMapper json, Clock clock) {
        this.deliveries = deliveries;
        this.outbox = outbox;
        this.cloudEvents = cloudEvents;
        this.json = json;
        this.clock = clock;
    }

    public String newSecret() {
        return WebhookSignature.newSecret();
    }

    public void changed() {
        outbox.forget();
    }

    public void deleteDeliveries(long webhookId) {
        deliveries.deleteByWebhookId(webhookId);
    }

    public WebhookDelivery replay(WebhookDelivery original) {
        return deliveries.save(new WebhookDelivery(
                original.getWebhookId(),
                original.getEventId(),
                original.getEventType(),
                original.getSubject(),
                original.getPayload(),
                clock.instant(),
                original.getId()));
    }

    public WebhookDelivery test(Webhook w, WebhookTested tested) {
        Map<String, Object> ce = new LinkedHashMap<>(cloudEvents.envelope("webhook.tested", tested.name()));
        ce.put("id", UUID.randomUUID().toString());
        ce.put("data", json.valueToTree(tested));
        String payload = new String(cloudEvents.bytes(ce), StandardCharsets.UTF_8);
        return deliveries.save(new WebhookDelivery(
                w.getId(), (String) ce.get("id"), "webhook.tested", tested.name(), payload, clock.instant(), null));
    }
}
