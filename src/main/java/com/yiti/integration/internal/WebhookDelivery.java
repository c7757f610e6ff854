package com.yiti.integration.internal;

import com.yiti.integration.DeliveryStatus;
import com.yiti.integration.DeliveryView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * One event to one webhook: written in the transaction of the change (so nothing committed goes unsent), then tried
 * by {@link WebhookSender} with backoff until a 2xx answer or 24 hours.
 */
@Entity
@Table(name = "int_webhook_delivery")
public class WebhookDelivery {

    /** How long a delivery is tried before it is given up. */
    static final Duration GIVE_UP_AFTER = com.yiti.shared.Backoff.GIVE_UP_AFTER;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "webhook_id", nullable = false)
    private long webhookId;

    @Column(name = "event_id", nullable = false, length = 36)
    private String eventId;

    @Column(name = "event_type", nullable = false, length = 100)
    private String eventType;

    @Column(length = 200)
    private String subject;

    @Lob
    @Column(nullable = false, columnDefinition = "longtext")
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DeliveryStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Column(name = "last_status_code")
    private Integer lastStatusCode;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "replay_of")
    private Long replayOf;

    protected WebhookDelivery() {}

    WebhookDelivery(
            long webhookId,
            String eventId,
            String eventType,
            String subject,
            String payload,
            Instant now,
            Long replayOf) {
        this.webhookId = webhookId;
        this.eventId = eventId;
        this.eventType = eventType;
        this.subject = subject == null || subject.length() <= 200 ? subject : subject.substring(0, 200);
        this.payload = payload;
        this.status = DeliveryStatus.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
        this.replayOf = replayOf;
    }

    /** Delivered: the endpoint answered 2xx. */
    void delivered(Instant at, int statusCode) {
        attempts++;
        lastAttemptAt = at;
        lastStatusCode = statusCode;
        lastError = null;
        status = DeliveryStatus.DELIVERED;
        deliveredAt = at;
        nextAttemptAt = null;
    }

    /**
     * Not delivered: tried again after 30 s, 1, 2, 4 … minutes (at most an hour apart), given up once 24 hours have
     * passed since the event.
     */
    void failed(Instant at, Integer statusCode, String error) {
        attempts++;
        lastAttemptAt = at;
        lastStatusCode = statusCode;
        lastError = error == null || error.length() <= 500 ? error : error.substring(0, 500);
        nextAttemptAt = com.yiti.shared.Backoff.next(createdAt, at, attempts);
        if (nextAttemptAt == null) {
            status = DeliveryStatus.FAILED;
        }
    }

    static Duration backoff(int attempts) {
        return com.yiti.shared.Backoff.after(attempts);
    }

    public Long getId() {
        return id;
    }

    public long getWebhookId() {
        return webhookId;
    }

    public String getEventId() {
        return eventId;
    }

    public String getEventType() {
        return eventType;
    }

    public String getSubject() {
        return subject;
    }

    public String getPayload() {
        return payload;
    }

    public DeliveryStatus getStatus() {
        return status;
    }

    public DeliveryView toView() {
        return new DeliveryView(
                id,
                webhookId,
                eventId,
                eventType,
                subject,
                status,
                attempts,
                createdAt,
                nextAttemptAt,
                lastAttemptAt,
                lastStatusCode,
                lastError,
                deliveredAt,
                replayOf);
    }
}
