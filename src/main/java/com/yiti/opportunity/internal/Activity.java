package com.yiti.opportunity.internal;

import com.yiti.opportunity.ActivityType;
import com.yiti.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "opp_activity")
@org.hibernate.envers.Audited
public class Activity extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActivityType type;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(length = 2000)
    private String notes;

    @Column(name = "customer_id")
    private Long customerId;

    @Column(name = "lead_id")
    private Long leadId;

    @Column(name = "opportunity_id")
    private Long opportunityId;

    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(nullable = false)
    private boolean done;

    @Column(name = "done_at")
    private Instant doneAt;

    protected Activity() {}

    public Activity(Long ownerId, Long customerId, Long leadId, Long opportunityId) {
        this.ownerId = ownerId;
        this.customerId = customerId;
        this.leadId = leadId;
        this.opportunityId = opportunityId;
    }

    public void apply(ActivityType type, String subject, String notes, LocalDate dueDate, Instant occurredAt) {
        this.type = type;
        this.subject = subject;
        this.notes = notes;
        this.dueDate = dueDate;
        this.occurredAt = occurredAt;
    }

    public void complete(Instant at) {
        if (!done) {
            done = true;
            doneAt = at;
        }
    }

    /** Moves the activity along when its lead becomes a customer, so the customer's timeline shows it. */
    public void linkCustomer(Long customerId) {
        if (this.customerId == null) {
            this.customerId = customerId;
        }
    }

    public Long getId() {
        return id;
    }

    public ActivityType getType() {
        return type;
    }

    public String getSubject() {
        return subject;
    }

    public String getNotes() {
        return notes;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Long getLeadId() {
        return leadId;
    }

    public Long getOpportunityId() {
        return opportunityId;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public boolean isDone() {
        return done;
    }

    public Instant getDoneAt() {
        return doneAt;
    }
}
