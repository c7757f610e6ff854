package com.yiti.integration.internal;

import com.yiti.platform.NewTask;
import com.yiti.platform.OutboundTargets;
import com.yiti.platform.Role;
import com.yiti.platform.TaskManagement;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the deliveries that are due, 50 at a time, each attempt recorded in a short transaction of its own: a POST of
 * the CloudEvent, signed ({@link WebhookSignature}), 5 s to connect and 10 s to answer, redirects not followed (a 3xx
 * is a failure). A 2xx delivers; anything else is tried again with backoff for 24 hours. An endpoint that has been
 * failing for an hour becomes a task for ADMIN, closed by its next success.
 */
@Component
public class WebhookSender {

    static final String FAILING_RULE = "integration-webhook-failing";
    private static final Duration TASK_AFTER = Duration.ofHours(1);

    private final WebhookDeliveries deliveries;
    private final Webhooks webhooks;
    private final OutboundTargets targets;
    private final TaskManagement tasks;
    private final EventMetrics metrics;
    private final Clock clock;
    private final ZoneId zone;
    private final TransactionTemplate transaction;
    private final HttpClient http;

    WebhookSender(
            WebhookDeliveries deliveries,
            Webhooks webhooks,
            OutboundTargets targets,
            TaskManagement tasks,
            EventMetrics metrics,
            Clock clock,
            PlatformTransactionManager transactions,
            @Value("${yiti.default-time-zone:Asia/Shanghai}") String zone) {
        this.deliveries = deliveries;
        this.webhooks = webhooks;
        this.targets = targets;
        this.tasks = tasks;
        this.metrics = metrics;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
        this.transaction = new TransactionTemplate(transactions);
        this.http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** Sends what is due now; returns how many attempts were made. */
    public int deliverDue() {
        List<Long> due = transaction.execute(tx -> deliveries.due(clock.instant(), PageRequest.of(0, 50)));
        for (Long id : due) {
            attempt(id);
        }
        return due.size();
    }

    private void attempt(long deliveryId) {
        Attempt attempt = transaction.execute(tx -> {
            WebhookDelivery d = deliveries.findById(deliveryId).orElse(null);
            Webhook w = d == null ? null : webhooks.findById(d.getWebhookId()).orElse(null);
            return d == null || w == null
                    ? null
                    : new Attempt(d.getEventType(), d.getPayload(), d.getId(), w.getUrl(), w.getSecret());
        });
        if (attempt == null) {
            return;
        }
        Integer status = null;
        String error = null;
        try {
            URI uri = targets.check(attempt.url());
            long now = clock.instant().getEpochSecond();
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", CloudEvents.CONTENT_TYPE)
                    .header("User-Agent", "Yiti-Webhooks/1")
                    .header("X-Yiti-Event", attempt.eventType())
                    .header("X-Yiti-Delivery", Long.toString(attempt.deliveryId()))
                    .header(WebhookSignature.HEADER, WebhookSignature.header(attempt.secret(), now, attempt.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(attempt.payload()))
                    .build();
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (com.yiti.shared.BusinessRuleException e) {
            error = "refused: " + e.code();
        } catch (IOException e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        record(deliveryId, status, error);
    }

    private void record(long deliveryId, Integer status, String error) {
        transaction.executeWithoutResult(tx -> {
            Instant now = clock.instant();
            WebhookDelivery d = deliveries.findById(deliveryId).orElseThrow();
            Webhook w = webhooks.findById(d.getWebhookId()).orElseThrow();
            if (status != null && status >= 200 && status < 300) {
                d.delivered(now, status);
                metrics.webhookAttempt("delivered");
                w.succeeded();
                tasks.closeFor(FAILING_RULE, ref(w));
                return;
            }
            d.failed(now, status, error != null ? error : "HTTP " + status);
            metrics.webhookAttempt(d.getStatus() == com.yiti.integration.DeliveryStatus.FAILED ? "given_up" : "failed");
            w.failed(now);
            if (!w.getFailingSince().plus(TASK_AFTER).isAfter(now)) {
                tasks.raise(new NewTask(
                        "webhook.task.failing",
                        List.of(w.getName(), w.getUrl()),
                        "/admin/webhooks/" + w.getId(),
                        null,
                        Role.ADMIN,
                        LocalDate.ofInstant(now, zone),
                        FAILING_RULE,
                        ref(w)));
            }
        });
    }

    private static String ref(Webhook w) {
        return "webhook:" + w.getId();
    }

    private record Attempt(String eventType, String payload, long deliveryId, String url, String secret) {}

    /** Every 5 seconds, on one node at a time. */
    @Component
    @ConditionalOnProperty(name = "yiti.scheduling.enabled", havingValue = "true", matchIfMissing = true)
    static class Job {

        private final WebhookSender sender;

        Job(WebhookSender sender) {
            this.sender = sender;
        }

        @Scheduled(initialDelayString = "PT20S", fixedDelayString = "PT5S")
        @SchedulerLock(name = "integration-webhooks", lockAtMostFor = "PT10M")
        void send() {
            while (sender.deliverDue() == 50) {
                // a backlog is worked through in batches, each attempt in its own transaction
            }
        }
    }
}
