package com.yiti.notification.internal;

import com.yiti.notification.DeliveryView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * One notification to one channel (decision 051): written in the notifying transaction, so nothing committed goes
 * untold; tried right after commit, then again with backoff (30 s, 1, 2, 4 … minutes, at most an hour apart) until it
 * goes or a day has passed.
 */
@Entity
@Table(name = "ntf_delivery")
public class Delivery {

    /** The first attempt is the after-commit listener's; the sweep takes a delivery only if that did not happen. */
    static final Duration FIRST_SWEEP_AFTER = Duration.ofMinutes(1);

    /** How long an attempt holds a delivery before another node may try it. */
    static final Duration CLAIM = Duration.ofMinutes(2);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "notification_id", nullable = false, updatable = false)
    private Long notificationId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private Long userId;

    @Column(nullable = false, length = 20, updatable = false)
    private String channel;

    @Column(nullable = false, length = 10)
    private String status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    protected Delivery() {}

    public Delivery(long notificationId, long userId, String channel, Instant now) {
        this.notificationId = notificationId;
        this.userId = userId;
        this.channel = channel;
        this.status = "PENDING";
        this.createdAt = now;
        this.nextAttemptAt = now.plus(FIRST_SWEEP_AFTER);
    }

    /** Takes the delivery for an attempt now; false when it is not pending or another attempt holds it. */
    boolean claim(Instant now, boolean first) {
        if (!"PENDING".equals(status)) {
            return false;
        }
        if (first ? attempts > 0 || lastAttemptAt != null : nextAttemptAt != null && nextAttemptAt.isAfter(now)) {
            return false;
        }
        lastAttemptAt = now;
        nextAttemptAt = now.plus(CLAIM);
        return true;
    }

    void delivered(Instant at) {
        attempts++;
        lastAttemptAt = at;
        lastError = null;
        status = "DELIVERED";
        deliveredAt = at;
        nextAttemptAt = null;
    }

    void failed(Instant at, String error) {
        attempts++;
        lastAttemptAt = at;
        lastError = error == null || error.length() <= 500 ? error : error.substring(0, 500);
        nextAttemptAt = com.yiti.shared.Backoff.next(createdAt, at, attempts);
        if (nextAttemptAt == null) {
            status = "FAILED";
        }
    }

    public Long getId() {
        return id;
    }

    public Long getNotificationId() {
        return notificationId;
    }

    public Long getUserId() {
        return userId;
    }

    public String getChannel() {
        return channel;
    }

    public String getStatus() {
        return status;
    }

    public DeliveryView view() {
        return new DeliveryView(
                id,
                notificationId,
                userId,
                channel,
                status,
                attempts,
                createdAt,
                lastAttemptAt,
                nextAttemptAt,
                lastError,
                deliveredAt);
    }
}
