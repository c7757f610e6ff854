package com.yiti.approval.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One approver's decision at a step; never changed. */
@Entity
@Table(name = "apr_decision")
@Immutable
public class Decision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false)
    private Long requestId;

    @Column(nullable = false)
    private int seq;

    @Column(nullable = false, length = 60)
    private String approver;

    @Column(name = "decided_by_id", nullable = false)
    private Long decidedById;

    @Column(name = "decided_by", nullable = false, length = 50)
    private String decidedBy;

    @Column(nullable = false, length = 10)
    private String outcome;

    @Column(length = 500)
    private String comment;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(name = "on_behalf_of", length = 50)
    private String onBehalfOf;

    protected Decision() {}

    public Decision(
            long requestId,
            int seq,
            String approver,
            long decidedById,
            String decidedBy,
            String outcome,
            String comment,
            Instant at,
            String onBehalfOf) {
        this.onBehalfOf = onBehalfOf;
        this.requestId = requestId;
        this.seq = seq;
        this.approver = approver;
        this.decidedById = decidedById;
        this.decidedBy = decidedBy;
        this.outcome = outcome;
        this.comment = comment;
        this.decidedAt = at;
    }

    public String getOnBehalfOf() {
        return onBehalfOf;
    }

    public Long getRequestId() {
        return requestId;
    }

    public int getSeq() {
        return seq;
    }

    public String getApprover() {
        return approver;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getComment() {
        return comment;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
