package com.yiti.production.internal;

import com.yiti.production.ProductionOrderStatus;
import com.yiti.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** Making one product into one warehouse. Material consumption (bills of materials) will hang off this later. */
@Entity
@Table(name = "prd_production_order")
@Audited
public class ProductionOrder extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20, updatable = false)
    private String number;

    @Column(name = "product_id", nullable = false, updatable = false)
    private Long productId;

    @Column(name = "warehouse_id", nullable = false, updatable = false)
    private Long warehouseId;

    @Column(nullable = false, precision = 19, scale = 3)
    private BigDecimal quantity;

    @Column(name = "produced_quantity", nullable = false, precision = 19, scale = 3)
    private BigDecimal producedQuantity = BigDecimal.ZERO;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProductionOrderStatus status = ProductionOrderStatus.PLANNED;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "started_by", length = 50)
    private String startedBy;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "completed_by", length = 50)
    private String completedBy;

    @Column(name = "bom_id")
    private Long bomId;

    @Column(name = "material_cost", nullable = false, precision = 19, scale = 2)
    private BigDecimal materialCost = BigDecimal.ZERO;

    @Column(name = "labour_cost", nullable = false, precision = 19, scale = 2)
    private BigDecimal labourCost = BigDecimal.ZERO;

    @Column(name = "overhead_cost", nullable = false, precision = 19, scale = 2)
    private BigDecimal overheadCost = BigDecimal.ZERO;

    @Column(name = "standard_unit_cost", precision = 19, scale = 4)
    private BigDecimal standardUnitCost;

    @Column(name = "actual_unit_cost", precision = 19, scale = 4)
    private BigDecimal actualUnitCost;

    @Column(name = "scrapped_quantity", nullable = false, precision = 19, scale = 3)
    private BigDecimal scrappedQuantity = BigDecimal.ZERO;

    @Column(name = "received_value", nullable = false, precision = 19, scale = 2)
    private BigDecimal receivedValue = BigDecimal.ZERO;

    protected ProductionOrder() {}

    /** Units scrapped at an operation: lost, their materials carried by the good ones. */
    public void scrapped(BigDecimal quantity) {
        this.scrappedQuantity = scrappedQuantity.add(quantity);
    }

    /** Part of the output received before completion, at the value it went into stock. */
    public void receivedPart(BigDecimal quantity, BigDecimal value) {
        this.producedQuantity = producedQuantity.add(quantity);
        this.receivedValue = receivedValue.add(value);
    }

    public BigDecimal getScrappedQuantity() {
        return scrappedQuantity;
    }

    public BigDecimal getReceivedValue() {
        return receivedValue;
    }

    /** Released against a bill of materials: its components are reserved, its standard cost kept to compare. */
    public void releasedAgainst(Long bomId, BigDecimal standardUnitCost) {
        this.bomId = bomId;
        this.standardUnitCost = standardUnitCost;
    }

    public void materialIssued(BigDecimal value) {
        this.materialCost = materialCost.add(value);
    }

    /** What it cost: materials issued, the operations' labour and overhead, per unit made. */
    public void costed(BigDecimal labour, BigDecimal overhead, BigDecimal actualUnitCost) {
        this.labourCost = labour;
        this.overheadCost = overhead;
        this.actualUnitCost = actualUnitCost;
    }

    public Long getBomId() {
        return bomId;
    }

    public BigDecimal getMaterialCost() {
        return materialCost;
    }

    public BigDecimal getLabourCost() {
        return labourCost;
    }

    public BigDecimal getOverheadCost() {
        return overheadCost;
    }

    public BigDecimal getStandardUnitCost() {
        return standardUnitCost;
    }

    public BigDecimal getActualUnitCost() {
        return actualUnitCost;
    }

    public ProductionOrder(String number, Long productId, Long warehouseId, BigDecimal quantity, LocalDate dueDate) {
        this.number = number;
        this.productId = productId;
        this.warehouseId = warehouseId;
        this.quantity = quantity;
        this.dueDate = dueDate;
    }

    public void start(String by, Instant at) {
        this.status = ProductionOrderStatus.STARTED;
        this.startedBy = by;
        this.startedAt = at;
    }

    /** Completed with the last of what was made (after any parts received before). */
    public void complete(BigDecimal produced, String by, Instant at) {
        this.status = ProductionOrderStatus.COMPLETED;
        this.producedQuantity = producedQuantity.add(produced);
        this.completedBy = by;
        this.completedAt = at;
    }

    public void cancel() {
        this.status = ProductionOrderStatus.CANCELLED;
    }

    public void reduceBy(BigDecimal q) {
        this.quantity = this.quantity.subtract(q);
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public Long getProductId() {
        return productId;
    }

    public Long getWarehouseId() {
        return warehouseId;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public BigDecimal getProducedQuantity() {
        return producedQuantity;
    }

    public ProductionOrderStatus getStatus() {
        return status;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public String getCompletedBy() {
        return completedBy;
    }

    /** A new due date (before completion). */
    public void reschedule(LocalDate due) {
        this.dueDate = due;
    }
}
