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

/** One lot's share of a stock move: append-only, the lot's own ledger (positive in, negative out). */
@Entity
@Table(name = "inv_lot_move")
public class LotMove {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "lot_id", nullable = false, updatable = false)
    private Long lotId;

    @Column(name = "warehouse_id", nullable = false, updatable = false)
    private Long warehouseId;

    @Column(name = "stock_move_id", nullable = false, updatable = false)
    private Long stockMoveId;

    @Column(nullable = false, precision = 19, scale = 3, updatable = false)
    private BigDecimal quantity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private MoveReason reason;

    @Column(length = 60, updatable = false)
    private String reference;

    @Column(name = "moved_at", nullable = false, updatable = false)
    private Instant movedAt;

    protected LotMove() {}

    LotMove(Long lotId, StockMove move, BigDecimal quantity) {
        this.lotId = lotId;
        this.warehouseId = move.getWarehouseId();
        this.stockMoveId = move.getId();
        this.quantity = quantity;
        this.reason = move.getReason();
        this.reference = move.getReference();
        this.movedAt = move.getMovedAt();
    }

    public Long getId() {
        return id;
    }

    public Long getLotId() {
        return lotId;
    }

    public Long getWarehouseId() {
        return warehouseId;
    }

    public Long getStockMoveId() {
        return stockMoveId;
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

    public Instant getMovedAt() {
        return movedAt;
    }
}
