package com.yiti.order.internal;

import com.yiti.order.TimelineType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A timeline entry: append-only, written in the transaction of the change it records. */
@Entity
@Table(name = "ord_order_event")
public class OrderEvent {

    private static final String SEPARATOR = "\u001f";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_id", nullable = false, updatable = false)
    private Long orderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private TimelineType type;

    @Column(length = 1000, updatable = false)
    private String detail;

    @Column(name = "created_by", nullable = false, length = 50, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected OrderEvent() {}

    public OrderEvent(Long orderId, TimelineType type, List<String> args, String createdBy, Instant createdAt) {
        this.orderId = orderId;
        this.type = type;
        String joined = String.join(SEPARATOR, args);
        this.detail = joined.length() > 1000 ? joined.substring(0, 1000) : joined;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public List<String> args() {
        return detail == null || detail.isEmpty() ? List.of() : Arrays.asList(detail.split(SEPARATOR, -1));
    }

    public Long getId() {
        return id;
    }

    public Long getOrderId() {
        return orderId;
    }

    public TimelineType getType() {
        return type;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
