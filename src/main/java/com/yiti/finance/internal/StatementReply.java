package com.yiti.finance.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A customer's answer to a statement of a period, as FINANCE recorded it; never changed. */
@Entity
@Table(name = "fin_statement_reply")
public class StatementReply {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private Long customerId;

    @Column(name = "period_from", nullable = false, updatable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false, updatable = false)
    private LocalDate periodTo;

    @Column(nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal closing;

    @Column(nullable = false, length = 3, columnDefinition = "char(3)", updatable = false)
    private String currency;

    @Column(nullable = false, length = 10, updatable = false)
    private String status;

    @Column(length = 500, updatable = false)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 50, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected StatementReply() {}

    public StatementReply(
            Long customerId,
            LocalDate periodFrom,
            LocalDate periodTo,
            BigDecimal closing,
            String currency,
            String status,
            String note,
            String recordedBy,
            Instant recordedAt) {
        this.customerId = customerId;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.closing = closing;
        this.currency = currency;
        this.status = status;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public BigDecimal getClosing() {
        return closing;
    }

    public String getCurrency() {
        return currency;
    }

    public String getStatus() {
        return status;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
