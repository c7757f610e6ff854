package com.yiti.integration.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Which record an external system's id names (unique per system, kind and external id). */
@Entity
@Table(name = "int_external_ref")
public class ExternalRef {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "source_system", nullable = false, length = 40)
    private String system;

    @Column(nullable = false, length = 30)
    private String kind;

    @Column(name = "external_id", nullable = false, length = 100)
    private String externalId;

    @Column(name = "record_id", nullable = false)
    private long recordId;

    @Column(name = "first_seen_at", nullable = false)
    private Instant firstSeenAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    @Column(name = "last_by", nullable = false, length = 50)
    private String lastBy;

    protected ExternalRef() {}

    public ExternalRef(String system, String kind, String externalId, long recordId, Instant now, String by) {
        this.system = system;
        this.kind = kind;
        this.externalId = externalId;
        this.recordId = recordId;
        this.firstSeenAt = now;
        this.lastSeenAt = now;
        this.lastBy = by;
    }

    public void seen(Instant now, String by) {
        this.lastSeenAt = now;
        this.lastBy = by;
    }

    public long getRecordId() {
        return recordId;
    }

    public Instant getFirstSeenAt() {
        return firstSeenAt;
    }

    public Instant getLastSeenAt() {
        return lastSeenAt;
    }
}
