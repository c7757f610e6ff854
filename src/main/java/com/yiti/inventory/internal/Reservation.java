package com.yiti.inventory.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A reservation ledger line: positive when stock is set aside for a reference (an order line), negative when it is
 * released or consumed. The balance's reserved quantity is always the sum of these lines.
 */
@Entity
@Table(name = "inv_reservation")
public class Reservation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "product_id", nullable = false, updatable = false)
    private Long productId;

    @Column(name = "warehouse_id", nullable = false, updatable = false)
    private Long warehouseId;

    @Column(nullable = false, length = 60, updatable = false)
    private String reference;

    @Column(nullable = false, precision = 19, scale = 3, updatable = false)
    private BigDecimal quantity;

    @Column(name = "created_by", nullable = false, length = 50, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Reservation() {}

    Reservation(
            Long productId,
            Long warehouseId,
            String reference,
            BigDecimal quantity,
            String createdBy,
            Instant createdAt) {
        this.productId = productId;
        this.warehouseId = warehouseId;
        this.reference = reference;
        this.quantity = quantity;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
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
}
