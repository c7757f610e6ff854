package com.yiti.production.internal;

import com.yiti.production.ProposalStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A planned production order (MAKE) or purchase requisition (BUY). A run writes them in bulk; the planner changes,
 * firms or drops them here. What the run proposed stays beside what the planner changed, and who decided and when
 * is kept on the row.
 */
@Entity
@Table(name = "prd_mrp_proposal")
public class MrpProposal {

    @Id
    private Long id;

    @Column(name = "run_id", nullable = false, updatable = false)
    private Long runId;

    @Column(name = "product_id", nullable = false, updatable = false)
    private Long productId;

    @Column(name = "warehouse_id", nullable = false, updatable = false)
    private Long warehouseId;

    @Column(nullable = false, length = 5, updatable = false)
    private String kind;

    @Column(name = "low_level_code", nullable = false, updatable = false)
    private int lowLevelCode;

    @Column(nullable = false, precision = 19, scale = 3)
    private BigDecimal quantity;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "proposed_quantity", nullable = false, updatable = false, precision = 19, scale = 3)
    private BigDecimal proposedQuantity;

    @Column(name = "proposed_due_date", nullable = false, updatable = false)
    private LocalDate proposedDueDate;

    @Column(name = "feasible_date", nullable = false)
    private LocalDate feasibleDate;

    @Column(nullable = false)
    private boolean late;

    @Column(length = 1000)
    private String reasons;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ProposalStatus status;

    @Column(name = "document_id")
    private Long documentId;

    @Column(name = "document_number", length = 30)
    private String documentNumber;

    @Column(name = "decided_by", length = 50)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected MrpProposal() {}

    /** The planner's change: a quantity and a due date, the start moved by as much as the due date moved. */
    public void change(BigDecimal quantity, LocalDate due, String by, Instant at) {
        this.startDate = startDate.plusDays(java.time.temporal.ChronoUnit.DAYS.between(dueDate, due));
        this.quantity = quantity;
        this.dueDate = due;
        if (feasibleDate.isBefore(due)) {
            feasibleDate = due;
        }
        this.late = feasibleDate.isAfter(due);
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public void firmed(Long documentId, String documentNumber, String by, Instant at) {
        this.status = ProposalStatus.FIRMED;
        this.documentId = documentId;
        this.documentNumber = documentNumber;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public void dropped(String by, Instant at) {
        this.status = ProposalStatus.DROPPED;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public boolean isMake() {
        return "MAKE".equals(kind);
    }

    public Long getId() {
        return id;
    }

    public Long getRunId() {
        return runId;
    }

    public Long getProductId() {
        return productId;
    }

    public Long getWarehouseId() {
        return warehouseId;
    }

    public String getKind() {
        return kind;
    }

    public int getLowLevelCode() {
        return lowLevelCode;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public BigDecimal getProposedQuantity() {
        return proposedQuantity;
    }

    public LocalDate getProposedDueDate() {
        return proposedDueDate;
    }

    public LocalDate getFeasibleDate() {
        return feasibleDate;
    }

    public boolean isLate() {
        return late;
    }

    public String getReasons() {
        return reasons;
    }

    public ProposalStatus getStatus() {
        return status;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public long getVersion() {
        return version;
    }
}
