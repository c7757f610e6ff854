package com.yiti.production.internal;

import com.yiti.production.OperationStatus;
import com.yiti.production.ScrapReason;
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
import org.hibernate.envers.Audited;

/** One operation of a released production order, from its routing, and what the shop floor reported of it. */
@Entity
@Table(name = "prd_order_operation")
@Audited
public class OrderOperation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "production_order_id", nullable = false, updatable = false)
    private Long productionOrderId;

    @Column(nullable = false, updatable = false)
    private int seq;

    @Column(name = "work_centre_id", nullable = false, updatable = false)
    private Long workCentreId;

    @Column(nullable = false, length = 200, updatable = false)
    private String description;

    @Column(name = "planned_hours", nullable = false, precision = 9, scale = 2, updatable = false)
    private BigDecimal plannedHours;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private OperationStatus status = OperationStatus.PENDING;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(nullable = false, precision = 9, scale = 2)
    private BigDecimal hours = BigDecimal.ZERO;

    @Column(name = "good_quantity", nullable = false, precision = 19, scale = 3)
    private BigDecimal goodQuantity = BigDecimal.ZERO;

    @Column(name = "scrapped_quantity", nullable = false, precision = 19, scale = 3)
    private BigDecimal scrappedQuantity = BigDecimal.ZERO;

    @Enumerated(EnumType.STRING)
    @Column(name = "scrap_reason", length = 20)
    private ScrapReason scrapReason;

    @Column(name = "reported_by", length = 50)
    private String reportedBy;

    protected OrderOperation() {}

    public OrderOperation(
            long productionOrderId, int seq, long workCentreId, String description, BigDecimal plannedHours) {
        this.productionOrderId = productionOrderId;
        this.seq = seq;
        this.workCentreId = workCentreId;
        this.description = description;
        this.plannedHours = plannedHours;
    }

    public void start(String by, Instant at) {
        this.status = OperationStatus.STARTED;
        this.startedAt = at;
        this.reportedBy = by;
    }

    /** A report adds to what was reported before; {@code done} closes the operation. */
    public void report(
            BigDecimal hours,
            BigDecimal good,
            BigDecimal scrapped,
            ScrapReason reason,
            boolean done,
            String by,
            Instant at) {
        if (startedAt == null) {
            startedAt = at;
        }
        this.hours = this.hours.add(hours);
        this.goodQuantity = goodQuantity.add(good);
        this.scrappedQuantity = scrappedQuantity.add(scrapped);
        if (reason != null) {
            this.scrapReason = reason;
        }
        this.status = done ? OperationStatus.DONE : OperationStatus.STARTED;
        if (done) {
            this.doneAt = at;
        }
        this.reportedBy = by;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getProductionOrderId() {
        return productionOrderId;
    }

    public int getSeq() {
        return seq;
    }

    public Long getWorkCentreId() {
        return workCentreId;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getPlannedHours() {
        return plannedHours;
    }

    public OperationStatus getStatus() {
        return status;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public BigDecimal getGoodQuantity() {
        return goodQuantity;
    }

    public BigDecimal getScrappedQuantity() {
        return scrappedQuantity;
    }

    public ScrapReason getScrapReason() {
        return scrapReason;
    }

    public String getReportedBy() {
        return reportedBy;
    }
}
