package com.yiti.production.internal;

import com.yiti.production.DemandSource;
import com.yiti.production.PlanLineStatus;
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
import java.time.LocalDate;

@Entity
@Table(name = "prd_plan_line")
public class PlanLine extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "product_id", nullable = false, updatable = false)
    private Long productId;

    @Column(name = "warehouse_id", nullable = false, updatable = false)
    private Long warehouseId;

    @Column(nullable = false, precision = 19, scale = 3)
    private BigDecimal quantity;

    @Column(name = "need_by", nullable = false)
    private LocalDate needBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private DemandSource source;

    @Column(name = "order_id", updatable = false)
    private Long orderId;

    @Column(name = "order_number", length = 20, updatable = false)
    private String orderNumber;

    @Column(name = "order_line_id", updatable = false)
    private Long orderLineId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlanLineStatus status = PlanLineStatus.OPEN;

    @Column(name = "production_order_id")
    private Long productionOrderId;

    protected PlanLine() {}

    public PlanLine(
            Long productId,
            Long warehouseId,
            BigDecimal quantity,
            LocalDate needBy,
            DemandSource source,
            Long orderId,
            String orderNumber,
            Long orderLineId) {
        this.productId = productId;
        this.warehouseId = warehouseId;
        this.quantity = quantity;
        this.needBy = needBy;
        this.source = source;
        this.orderId = orderId;
        this.orderNumber = orderNumber;
        this.orderLineId = orderLineId;
    }

    public void plannedOn(Long productionOrderId) {
        this.status = PlanLineStatus.PLANNED;
        this.productionOrderId = productionOrderId;
    }

    /** Back to the open plan (its production order was cancelled before it started). */
    public void reopen() {
        this.status = PlanLineStatus.OPEN;
        this.productionOrderId = null;
    }

    /** Gives part of a reorder's or a plan's quantity to a customer's order line planned on the same order. */
    public void giveUp(BigDecimal part) {
        this.quantity = this.quantity.subtract(part);
        if (this.quantity.signum() <= 0) {
            this.quantity = BigDecimal.ZERO;
            this.status = PlanLineStatus.CANCELLED;
        }
    }

    public void done() {
        this.status = PlanLineStatus.DONE;
    }

    public void cancel() {
        this.status = PlanLineStatus.CANCELLED;
    }

    public Long getId() {
        return id;
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

    public LocalDate getNeedBy() {
        return needBy;
    }

    public DemandSource getSource() {
        return source;
    }

    public Long getOrderId() {
        return orderId;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public Long getOrderLineId() {
        return orderLineId;
    }

    public PlanLineStatus getStatus() {
        return status;
    }

    public Long getProductionOrderId() {
        return productionOrderId;
    }
}
