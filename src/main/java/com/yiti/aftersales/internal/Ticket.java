package com.yiti.aftersales.internal;

import com.yiti.aftersales.TicketChannel;
import com.yiti.aftersales.TicketPriority;
import com.yiti.aftersales.TicketStatus;
import com.yiti.aftersales.TicketType;
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
import org.hibernate.envers.Audited;

/**
 * A service ticket. The clock: business minutes from opening, less the minutes spent waiting for the customer
 * ({@code pausedMinutes}, plus the running pause since {@code pausedSince}).
 */
@Entity
@Table(name = "aft_ticket")
@Audited
public class Ticket extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20, updatable = false)
    private String number;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private Long customerId;

    @Column(name = "customer_owner_id", nullable = false, updatable = false)
    private Long customerOwnerId;

    @Column(name = "contact_id")
    private Long contactId;

    @Column(name = "order_id")
    private Long orderId;

    @Column(name = "product_id")
    private Long productId;

    /** The lot or serial number the customer complains about, when the product is tracked (decision 027). */
    @Column(name = "lot_number", length = 60)
    private String lotNumber;

    public String getLotNumber() {
        return lotNumber;
    }

    public void nameLot(String lotNumber) {
        this.lotNumber = lotNumber;
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TicketType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private TicketPriority priority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private TicketChannel channel;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(nullable = false, length = 4000)
    private String description;

    @Column(name = "assignee_id")
    private Long assigneeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private TicketStatus status = TicketStatus.NEW;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "first_responded_at")
    private Instant firstRespondedAt;

    @Column(name = "paused_since")
    private Instant pausedSince;

    @Column(name = "paused_minutes", nullable = false)
    private long pausedMinutes;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    /**
     * When the clock's verdict turns at risk and breached, as it runs now (decision 030): kept with every change of
     * the ticket and by the SLA job, so that the list filters by the verdict through an index. Null when closed (and
     * at risk while paused). Derived, not audited.
     */
    @Column(name = "sla_risk_at")
    @org.hibernate.envers.NotAudited
    private Instant slaRiskAt;

    @Column(name = "sla_breach_at")
    @org.hibernate.envers.NotAudited
    private Instant slaBreachAt;

    @Column(length = 2000)
    private String resolution;

    private Integer csat;

    @Enumerated(EnumType.STRING)
    @Column(name = "root_cause", length = 20)
    private com.yiti.aftersales.RootCause rootCause;

    @Column(name = "resolution_minutes")
    private Long resolutionMinutes;

    @Column(name = "sla_met")
    private Boolean slaMet;

    @Column(name = "csat_comment", length = 1000)
    private String csatComment;

    protected Ticket() {}

    public Ticket(String number, Long customerId, Long customerOwnerId, Instant openedAt) {
        this.number = number;
        this.customerId = customerId;
        this.customerOwnerId = customerOwnerId;
        this.openedAt = openedAt;
    }

    public void describe(
            Long contactId,
            Long orderId,
            Long productId,
            TicketType type,
            TicketChannel channel,
            String subject,
            String description) {
        this.contactId = contactId;
        this.orderId = orderId;
        this.productId = productId;
        this.type = type;
        this.channel = channel;
        this.subject = subject;
        this.description = description;
    }

    public void prioritise(TicketPriority priority) {
        this.priority = priority;
    }

    public void assign(Long assigneeId) {
        this.assigneeId = assigneeId;
    }

    public void responded(Instant at) {
        if (firstRespondedAt == null) {
            firstRespondedAt = at;
        }
    }

    /** Moves to a status; entering "waiting for customer" pauses the clock, leaving it adds the pause up. */
    public void moveTo(TicketStatus next, Instant at, long pauseMinutesEnding) {
        if (status == TicketStatus.WAITING_FOR_CUSTOMER && next != TicketStatus.WAITING_FOR_CUSTOMER) {
            pausedMinutes += pauseMinutesEnding;
            pausedSince = null;
        }
        if (next == TicketStatus.WAITING_FOR_CUSTOMER) {
            pausedSince = at;
        }
        if (next == TicketStatus.RESOLVED) {
            resolvedAt = at;
        }
        if (next == TicketStatus.CLOSED) {
            closedAt = at;
            if (resolvedAt == null) {
                resolvedAt = at;
            }
        }
        if (next == TicketStatus.IN_PROGRESS && (status == TicketStatus.RESOLVED || status == TicketStatus.CLOSED)) {
            resolvedAt = null;
            closedAt = null;
        }
        this.status = next;
    }

    public void resolve(String resolution) {
        this.resolution = resolution;
    }

    /** The outcome against the SLA, kept when the ticket is resolved (cleared when it is reopened). */
    public void outcome(Long businessMinutes, Boolean met) {
        this.resolutionMinutes = businessMinutes;
        this.slaMet = met;
    }

    public Long getResolutionMinutes() {
        return resolutionMinutes;
    }

    public Boolean getSlaMet() {
        return slaMet;
    }

    public void traceTo(com.yiti.aftersales.RootCause cause) {
        this.rootCause = cause;
    }

    public com.yiti.aftersales.RootCause getRootCause() {
        return rootCause;
    }

    public void rate(Integer csat, String comment) {
        this.csat = csat;
        this.csatComment = comment;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Long getCustomerOwnerId() {
        return customerOwnerId;
    }

    public Long getContactId() {
        return contactId;
    }

    public Long getOrderId() {
        return orderId;
    }

    public Long getProductId() {
        return productId;
    }

    public TicketType getType() {
        return type;
    }

    public TicketPriority getPriority() {
        return priority;
    }

    public TicketChannel getChannel() {
        return channel;
    }

    public String getSubject() {
        return subject;
    }

    public String getDescription() {
        return description;
    }

    public Long getAssigneeId() {
        return assigneeId;
    }

    public TicketStatus getStatus() {
        return status;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getFirstRespondedAt() {
        return firstRespondedAt;
    }

    public Instant getPausedSince() {
        return pausedSince;
    }

    public long getPausedMinutes() {
        return pausedMinutes;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getResolution() {
        return resolution;
    }

    public Integer getCsat() {
        return csat;
    }

    public String getCsatComment() {
        return csatComment;
    }

    public void clockMarks(Instant riskAt, Instant breachAt) {
        this.slaRiskAt = riskAt;
        this.slaBreachAt = breachAt;
    }

    public Instant getSlaRiskAt() {
        return slaRiskAt;
    }

    public Instant getSlaBreachAt() {
        return slaBreachAt;
    }
}
