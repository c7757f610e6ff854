package com.yiti.order.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An Idempotency-Key a user sent with an operation on an order: the same key again repeats the first answer. */
@Entity
@Table(name = "ord_idempotency_key")
public class IdempotencyKey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private Long userId;

    @Column(nullable = false, length = 30, updatable = false)
    private String operation;

    @Column(name = "idem_key", nullable = false, length = 100, updatable = false)
    private String key;

    @Column(name = "order_id", nullable = false, updatable = false)
    private Long orderId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected IdempotencyKey() {}

    public IdempotencyKey(Long userId, String operation, String key, Long orderId, Instant createdAt) {
        this.userId = userId;
        this.operation = operation;
        this.key = key;
        this.orderId = orderId;
        this.createdAt = createdAt;
    }

    public Long getOrderId() {
        return orderId;
    }
}
