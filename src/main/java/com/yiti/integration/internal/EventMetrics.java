package com.yiti.integration.internal;

import com.yiti.integration.DeliveryStatus;
import com.yiti.shared.PublishedEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What integration counts for Prometheus (decision 036): business events that committed, by type
 * ({@code yiti_events_committed_total{type="order.confirmed"}} is the orders confirmed); events the broker took or
 * refused; webhook attempts by outcome; deliveries waiting; sync runs and their records.
 */
@Component
class EventMetrics {

    private final MeterRegistry registry;

    EventMetrics(MeterRegistry registry, WebhookDeliveries deliveries) {
        this.registry = registry;
        Gauge.builder("yiti.webhooks.pending", deliveries, d -> d.countByStatus(DeliveryStatus.PENDING))
                .description("Webhook deliveries waiting for their first or next attempt")
                .register(registry);
    }

    /**
     * Counted once the change committed (events of a rolled-back change never happened). A plain listener with a
     * synchronization, not a transactional event listener: those are kept in the event publication registry.
     */
    @EventListener
    void committed(PublishedEvent event) {
        Counter counter = Counter.builder("yiti.events.committed")
                .description("Business events that committed, by type")
                .tag("type", event.eventType())
                .register(registry);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    counter.increment();
                }
            });
        } else {
            counter.increment();
        }
    }

    void broker(String type, boolean sent) {
        Counter.builder("yiti.events.broker")
                .description("Business events sent to the broker (confirmed) or refused (to be sent again)")
                .tag("type", type)
                .tag("outcome", sent ? "confirmed" : "failed")
                .register(registry)
                .increment();
    }

    void webhookAttempt(String outcome) {
        Counter.builder("yiti.webhooks.attempts")
                .description("Webhook delivery attempts by outcome: delivered, failed (tried again), given_up")
                .tag("outcome", outcome)
                .register(registry)
                .increment();
    }

    /** A sync run ended: counted by status, its duration timed ({@code yiti_sync_run_seconds}). */
    void syncRun(String job, String status, java.time.Duration took) {
        Counter.builder("yiti.sync.runs")
                .description("Sync runs by job and how they ended")
                .tag("job", job)
                .tag("status", status)
                .register(registry)
                .increment();
        io.micrometer.core.instrument.Timer.builder("yiti.sync.run")
                .description("How long sync runs take")
                .tag("job", job)
                .register(registry)
                .record(took);
    }

    /** One record a sync run read: created, updated or failed. */
    void syncRecord(String job, String outcome) {
        Counter.builder("yiti.sync.records")
                .description("Records sync runs read, by job and outcome: created, updated, failed")
                .tag("job", job)
                .tag("outcome", outcome)
                .register(registry)
                .increment();
    }
}
