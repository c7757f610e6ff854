package com.yiti.purchasing.internal;

import com.yiti.purchasing.RequisitionStatus;
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
@Table(name = "pur_requisition_line")
public class RequisitionLine extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "product_id", nullable = false, updatable = false)
    private Long productId;

    @Column(name = "warehouse_id", nullable = false, updatable = false)
    private Long warehouseId;

    @Column(nullable = false, precision = 19, scale = 3, updatable = false)
    private BigDecimal quantity;

    @Column(name = "need_by", nullable = false)
    private LocalDate needBy;

    @Column(nullable = false, length = 10, updatable = false)
    private String source;

    @Column(name = "order_id", updatable = false)
    private Long orderId;

    @Column(name = "order_number", length = 20, updatable = false)
    private String orderNumber;

    @Column(name = "order_line_id", updatable = false)
    private Long orderLineId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RequisitionStatus status = RequisitionStatus.OPEN;

    @Column(name = "purchase_order_line_id")
    private Long purchaseOrderLineId;

    protected RequisitionLine() {}

    public RequisitionLine(
            Long productId,
            Long warehouseId,
            BigDecimal quantity,
            LocalDate needBy,
            Long orderId,
            String orderNumber,
            Long orderLineId) {
        this.productId = productId;
        this.warehouseId = warehouseId;
        this.quantity = quantity;
        this.needBy = needBy;
        this.source = orderLineId == null ? "REORDER" : "ORDER";
        this.orderId = orderId;
        this.orderNumber = orderNumber;
        this.orderLineId = orderLineId;
    }

    public void orderedOn(Long purchaseOrderLineId) {
        this.status = RequisitionStatus.ORDERED;
        this.purchaseOrderLineId = purchaseOrderLineId;
    }

    public void reopen() {
        this.status = RequisitionStatus.OPEN;
        this.purchaseOrderLineId = null;
    }

    public void cancel() {
        this.status = RequisitionStatus.CANCELLED;
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

    public Long getOrderId() {
        return orderId;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public Long getOrderLineId() {
        return orderLineId;
    }

    public RequisitionStatus getStatus() {
        return status;
    }

    public Long getPurchaseOrderLineId() {
        return purchaseOrderLineId;
    }
}
