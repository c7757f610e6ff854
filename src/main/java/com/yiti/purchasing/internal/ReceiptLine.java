package com.yiti.purchasing.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

@Entity
@Table(name = "pur_receipt_line")
public class ReceiptLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "purchase_order_line_id", nullable = false, updatable = false)
    private Long purchaseOrderLineId;

    @Column(name = "product_id", nullable = false, updatable = false)
    private Long productId;

    @Column(nullable = false, precision = 19, scale = 3, updatable = false)
    private BigDecimal quantity;

    /** The cost the receipt was booked at (goods received not invoiced), per unit and for the line. */
    @Column(name = "unit_cost", nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal unitCost;

    @Column(name = "cost_amount", nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal costAmount;

    protected ReceiptLine() {}

    ReceiptLine(Long purchaseOrderLineId, Long productId, BigDecimal quantity, BigDecimal unitCost) {
        this.purchaseOrderLineId = purchaseOrderLineId;
        this.productId = productId;
        this.quantity = quantity;
        this.unitCost = unitCost;
        this.costAmount = quantity.multiply(unitCost).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    public Long getPurchaseOrderLineId() {
        return purchaseOrderLineId;
    }

    public Long getProductId() {
        return productId;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitCost() {
        return unitCost;
    }

    public BigDecimal getCostAmount() {
        return costAmount;
    }
}
