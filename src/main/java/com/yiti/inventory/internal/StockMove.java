package com.yiti.inventory.internal;

import com.yiti.inventory.MoveReason;
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

/** One line of the stock ledger: append-only, never edited. Positive in, negative out. */
@Entity
@Table(name = "inv_stock_move")
public class StockMove {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "product_id", nullable = false, updatable = false)
    private Long productId;

    @Column(name = "warehouse_id", nullable = false, updatable = false)
    private Long warehouseId;

    @Column(nullable = false, precision = 19, scale = 3, updatable = false)
    private BigDecimal quantity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private MoveReason reason;

    @Column(length = 60, updatable = false)
    private String reference;

    /** The cost per unit the move was valued at (null for moves between warehouses, which change no value). */
    @Column(name = "unit_cost", precision = 19, scale = 4, updatable = false)
    private BigDecimal unitCost;

    /** The value the move added to (positive) or took from (negative) the stock value; null for transfers. */
    @Column(name = "move_value", precision = 19, scale = 2, updatable = false)
    private BigDecimal value;

    @Column(length = 500, updatable = false)
    private String note;

    @Column(name = "moved_by", nullable = false, length = 50, updatable = false)
    private String movedBy;

    @Column(name = "moved_at", nullable = false, updatable = false)
    private Instant movedAt;

    protected StockMove() {}

    StockMove(
            Long productId,
            Long warehouseId,
            BigDecimal quantity,
            MoveReason reason,
            String reference,
            String note,
            String movedBy,
            Instant movedAt) {
        this.productId = productId;
        this.warehouseId = warehouseId;
        this.quantity = quantity;
        this.reason = reason;
        this.reference = reference;
        this.note = note;
        this.movedBy = movedBy;
        this.movedAt = movedAt;
    }

    StockMove valued(BigDecimal value) {
        this.value = value;
        this.unitCost = quantity.signum() == 0 ? null : value.divide(quantity, 4, java.math.RoundingMode.HALF_UP);
        return this;
    }

    public BigDecimal getUnitCost() {
        return unitCost;
    }

    public BigDecimal getValue() {
        return value;
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

    public MoveReason getReason() {
        return reason;
    }

    public String getReference() {
        return reference;
    }

    public String getNote() {
        return note;
    }

    public String getMovedBy() {
        return movedBy;
    }

    public Instant getMovedAt() {
        return movedAt;
    }
}
