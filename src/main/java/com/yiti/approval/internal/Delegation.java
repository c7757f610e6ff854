package com.yiti.approval.internal;

import com.yiti.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** While its owner is away (from, to inclusive), his delegate decides for him (decision 052). */
@Entity
@Table(name = "apr_delegation")
@Audited
public class Delegation extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private Long userId;

    @Column(name = "delegate_id", nullable = false)
    private Long delegateId;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to", nullable = false)
    private LocalDate validTo;

    @Column(length = 200)
    private String note;

    @Column(nullable = false)
    private boolean cancelled;

    protected Delegation() {}

    public Delegation(long userId, long delegateId, LocalDate from, LocalDate to, String note) {
        this.userId = userId;
        this.delegateId = delegateId;
        this.validFrom = from;
        this.validTo = to;
        this.note = note;
    }

    public boolean activeOn(LocalDate day) {
        return !cancelled && !day.isBefore(validFrom) && !day.isAfter(validTo);
    }

    public void cancel() {
        this.cancelled = true;
    }

    public Long getId() {
        return id;
    }

    public Long getUserId() {
        return userId;
    }

    public Long getDelegateId() {
        return delegateId;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public String getNote() {
        return note;
    }

    public boolean isCancelled() {
        return cancelled;
    }
}
