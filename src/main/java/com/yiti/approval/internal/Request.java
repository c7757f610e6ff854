package com.yiti.approval.internal;

import com.yiti.approval.ApprovalStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A document in approval. While pending it holds its document's open key (unique): a document is in one approval at a
 * time, whoever submits it twice.
 */
@Entity
@Table(name = "apr_request")
public class Request {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "document_type", nullable = false, length = 30, updatable = false)
    private String documentType;

    @Column(name = "document_id", nullable = false, updatable = false)
    private Long documentId;

    @Column(name = "document_ref", nullable = false, length = 60, updatable = false)
    private String documentRef;

    @Column(length = 200, updatable = false)
    private String link;

    @Column(nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(length = 1000, updatable = false)
    private String facts;

    @Column(name = "flow_id", nullable = false, updatable = false)
    private Long flowId;

    @Column(name = "flow_version", nullable = false, updatable = false)
    private int flowVersion;

    @Column(name = "current_seq")
    private Integer currentSeq;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ApprovalStatus status = ApprovalStatus.PENDING;

    @Column(name = "open_key", length = 60)
    private String openKey;

    @Column(name = "submitted_by_id", nullable = false, updatable = false)
    private Long submittedById;

    @Column(name = "submitted_by", nullable = false, length = 50, updatable = false)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "step_since")
    private Instant stepSince;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "reminded_seq")
    private Integer remindedSeq;

    @Column(name = "escalated_seq")
    private Integer escalatedSeq;

    @Version
    private long version;

    protected Request() {}

    public Request(
            String documentType,
            long documentId,
            String documentRef,
            String link,
            BigDecimal amount,
            String facts,
            long flowId,
            int flowVersion,
            long submittedById,
            String submittedBy,
            Instant at) {
        this.documentType = documentType;
        this.documentId = documentId;
        this.documentRef = documentRef;
        this.link = link;
        this.amount = amount;
        this.facts = facts;
        this.flowId = flowId;
        this.flowVersion = flowVersion;
        this.submittedById = submittedById;
        this.submittedBy = submittedBy;
        this.submittedAt = at;
        this.openKey = documentType + ":" + documentId;
    }

    public void at(int seq, Instant since) {
        this.currentSeq = seq;
        this.stepSince = since;
    }

    public void decide(ApprovalStatus outcome, Instant at) {
        this.status = outcome;
        this.currentSeq = null;
        this.decidedAt = at;
        this.openKey = null;
    }

    /** Escalates the current step once; false when it was escalated already. */
    public boolean escalate() {
        if (currentSeq == null || currentSeq.equals(escalatedSeq)) {
            return false;
        }
        escalatedSeq = currentSeq;
        return true;
    }

    /** Whether the current step was escalated (the head above may decide it too). */
    public boolean escalatedNow() {
        return currentSeq != null && currentSeq.equals(escalatedSeq);
    }

    /** Whether the approvers of the current step were reminded already; marks them so. */
    public boolean remind() {
        if (currentSeq == null || currentSeq.equals(remindedSeq)) {
            return false;
        }
        remindedSeq = currentSeq;
        return true;
    }

    public Long getId() {
        return id;
    }

    public String getDocumentType() {
        return documentType;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public String getDocumentRef() {
        return documentRef;
    }

    public String getLink() {
        return link;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getFacts() {
        return facts;
    }

    public Long getFlowId() {
        return flowId;
    }

    public int getFlowVersion() {
        return flowVersion;
    }

    public Integer getCurrentSeq() {
        return currentSeq;
    }

    public ApprovalStatus getStatus() {
        return status;
    }

    public Long getSubmittedById() {
        return submittedById;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getStepSince() {
        return stepSince;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public long getVersion() {
        return version;
    }

    /** The facts as stored: {@code key=value;…}, at most 1,000 characters (numbers first survive a long list). */
    public static String encode(java.util.Map<String, String> facts) {
        if (facts == null || facts.isEmpty()) {
            return null;
        }
        String s = facts.entrySet().stream()
                .map(e -> e.getKey().replace("=", "").replace(";", "") + "="
                        + (e.getValue() == null ? "" : e.getValue().replace(";", ",")))
                .collect(java.util.stream.Collectors.joining(";"));
        return s.length() > 1000 ? s.substring(0, 1000) : s;
    }

    /** The facts the document was submitted with, in their order. */
    public java.util.Map<String, String> facts() {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        if (facts != null) {
            for (String kv : facts.split(";")) {
                int i = kv.indexOf('=');
                if (i > 0) {
                    out.put(kv.substring(0, i), kv.substring(i + 1));
                }
            }
        }
        return out;
    }
}
