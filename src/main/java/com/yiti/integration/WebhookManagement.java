package com.yiti.integration;

import com.yiti.integration.internal.Webhook;
import com.yiti.integration.internal.WebhookDeliveries;
import com.yiti.integration.internal.WebhookDelivery;
import com.yiti.integration.internal.Webhooks;
import com.yiti.platform.OutboundTargets;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.PublishedEvent;
import com.yiti.shared.RecordNotFoundException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ADMIN's webhooks: endpoints that receive business events as signed CloudEvents (decision 034). Saving checks the
 * URL against the SSRF rules of {@link OutboundTargets}; the deliveries of each webhook are listed newest first and any
 * of them can be sent again (a new delivery of the same event, so the receiver can drop it by its id).
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class WebhookManagement {

    private final Webhooks webhooks;
    private final WebhookDeliveries deliveries;
    private final OutboundTargets targets;
    private final EventCatalogue catalogue;
    private final com.yiti.integration.internal.WebhookAdministration administration;
    private final ApplicationEventPublisher events;

    WebhookManagement(
            Webhooks webhooks,
            WebhookDeliveries deliveries,
            OutboundTargets targets,
            EventCatalogue catalogue,
            com.yiti.integration.internal.WebhookAdministration administration,
            ApplicationEventPublisher events) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.targets = targets;
        this.catalogue = catalogue;
        this.administration = administration;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Page<WebhookView> list(Pageable pageable) {
        return webhooks.findAll(withSort(pageable, Sort.by("name", "id"))).map(Webhook::toView);
    }

    @Transactional(readOnly = true)
    public WebhookView get(long id) {
        return find(id).toView();
    }

    /** The event types a webhook can ask for: every published type. */
    @Transactional(readOnly = true)
    public List<String> eventTypes() {
        return catalogue.types().stream().map(PublishedEvent::typeOf).toList();
    }

    public WebhookView create(WebhookData data) {
        Webhook w = new Webhook(administration.newSecret());
        apply(w, data);
        webhooks.saveAndFlush(w);
        administration.changed();
        return w.toView();
    }

    public WebhookView update(long id, long expectedVersion, WebhookData data) {
        Webhook w = find(id);
        if (w.getVersion() != expectedVersion) {
            throw new com.yiti.shared.ConcurrentChangeException("Webhook", id);
        }
        apply(w, data);
        webhooks.flush();
        administration.changed();
        return w.toView();
    }

    /** Removes a webhook and its delivery log. */
    public void delete(long id) {
        Webhook w = find(id);
        administration.deleteDeliveries(id);
        webhooks.delete(w);
        administration.changed();
    }

    /** A new secret; the old one stops signing at once (the receiver must be given the new one). */
    public WebhookView rotateSecret(long id) {
        Webhook w = find(id);
        w.rotate(administration.newSecret());
        webhooks.flush();
        return w.toView();
    }

    @Transactional(readOnly = true)
    public Page<DeliveryView> deliveries(long webhookId, DeliveryStatus status, Pageable pageable) {
        find(webhookId);
        Page<WebhookDelivery> page = status == null
                ? deliveries.findByWebhookIdOrderByIdDesc(webhookId, pageable)
                : deliveries.findByWebhookIdAndStatusOrderByIdDesc(webhookId, status, pageable);
        return page.map(WebhookDelivery::toView);
    }

    /** Sends a delivery's event again, as a new delivery due now. */
    public DeliveryView replay(long webhookId, long deliveryId) {
        WebhookDelivery original = deliveries
                .findById(deliveryId)
                .filter(d -> d.getWebhookId() == webhookId)
                .orElseThrow(() -> new RecordNotFoundException("WebhookDelivery", deliveryId));
        return administration.replay(original).toView();
    }

    /** A test event ({@code webhook.tested}) to this webhook alone, to check the receiver and its signature check. */
    public DeliveryView sendTest(long id) {
        Webhook w = find(id);
        return administration.test(w, new WebhookTested(w.getId(), w.getName())).toView();
    }

    private void apply(Webhook w, WebhookData data) {
        String name = data.name() == null ? "" : data.name().trim();
        if (name.isEmpty()) {
            throw new BusinessRuleException("name", "field.required");
        }
        if (name.length() > 100) {
            throw new BusinessRuleException("name", "field.tooLong", 100);
        }
        String url = data.url() == null ? "" : data.url().trim();
        if (url.isEmpty()) {
            throw new BusinessRuleException("url", "field.required");
        }
        if (url.length() > 500) {
            throw new BusinessRuleException("url", "field.tooLong", 500);
        }
        targets.check(url);
        List<String> known = eventTypes();
        List<String> types = new ArrayList<>(new LinkedHashSet<>(data.eventTypes()));
        for (String t : types) {
            if (!known.contains(t)) {
                throw new BusinessRuleException("eventTypes", "webhook.unknownType", t);
            }
        }
        w.change(name, url, types.size() == known.size() ? List.of() : types, data.active());
    }

    private Webhook find(long id) {
        return webhooks.findById(id).orElseThrow(() -> new RecordNotFoundException("Webhook", id));
    }

    private static Pageable withSort(Pageable pageable, Sort sort) {
        return org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort);
    }
}
