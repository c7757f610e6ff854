package com.yiti.integration.web;

import com.yiti.integration.DeliveryStatus;
import com.yiti.integration.DeliveryView;
import com.yiti.integration.WebhookData;
import com.yiti.integration.WebhookManagement;
import com.yiti.integration.WebhookView;
import com.yiti.shared.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** ADMIN: webhooks and their deliveries as JSON ({@code /api/v1/webhooks}). */
@RestController
@Tag(name = "Webhooks")
class WebhookApiController {

    private final WebhookManagement webhooks;

    WebhookApiController(WebhookManagement webhooks) {
        this.webhooks = webhooks;
    }

    /** The body of a create or change: {@code version} only for a change. */
    record WebhookBody(String name, String url, java.util.List<String> eventTypes, Boolean active, Long version) {

        WebhookData data() {
            return new WebhookData(name, url, eventTypes, active == null || active);
        }
    }

    @GetMapping("/api/v1/webhooks")
    @Operation(summary = "ADMIN: the webhooks (eventTypes empty: every type)")
    PageResponse<WebhookView> list(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(
                webhooks.list(PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100))), w -> w);
    }

    @PostMapping("/api/v1/webhooks")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "ADMIN: register an http(s) endpoint for event types; the answer holds its signing secret")
    WebhookView create(@RequestBody WebhookBody body) {
        return webhooks.create(body.data());
    }

    @GetMapping("/api/v1/webhooks/{id}")
    @Operation(summary = "ADMIN: one webhook")
    WebhookView get(@PathVariable long id) {
        return webhooks.get(id);
    }

    @PutMapping("/api/v1/webhooks/{id}")
    @Operation(summary = "ADMIN: change a webhook (name, url, eventTypes, active) given the version read")
    WebhookView update(@PathVariable long id, @RequestBody WebhookBody body) {
        return webhooks.update(id, body.version() == null ? -1 : body.version(), body.data());
    }

    @DeleteMapping("/api/v1/webhooks/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "ADMIN: remove a webhook and its delivery log")
    void delete(@PathVariable long id) {
        webhooks.delete(id);
    }

    @PostMapping("/api/v1/webhooks/{id}/secret")
    @Operation(summary = "ADMIN: a new signing secret (the old one stops at once)")
    WebhookView rotate(@PathVariable long id) {
        return webhooks.rotateSecret(id);
    }

    @PostMapping("/api/v1/webhooks/{id}/test")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "ADMIN: queue a webhook.tested event to this webhook")
    DeliveryView test(@PathVariable long id) {
        return webhooks.sendTest(id);
    }

    @GetMapping("/api/v1/webhooks/{id}/deliveries")
    @Operation(summary = "ADMIN: a webhook's deliveries, newest first; status=PENDING|DELIVERED|FAILED")
    PageResponse<DeliveryView> deliveries(
            @PathVariable long id,
            @RequestParam(required = false) DeliveryStatus status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(
                webhooks.deliveries(id, status, PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100))),
                d -> d);
    }

    @PostMapping("/api/v1/webhooks/{id}/deliveries/{deliveryId}/replay")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "ADMIN: send a delivery's event again (a new delivery, the same event id)")
    DeliveryView replay(@PathVariable long id, @PathVariable long deliveryId) {
        return webhooks.replay(id, deliveryId);
    }
}
