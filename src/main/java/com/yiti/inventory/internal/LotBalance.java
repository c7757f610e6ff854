package com.yiti.inventory.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** How much of a lot is on hand in one warehouse; changed only by {@link LotLedger} with its moves. */
@Entity
@Table(name = "inv_lot_balance")
public class LotBalance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "lot_id", nullable = false, updatable = false)
    private Long lotId;

    @Column(name = "product_id", nullable = false, updatable = false)
    private Long productId;

    @Column(name = "warehouse_id", nullable = false, updatable = false)
    private Long warehouseId;

    @Column(name = "on_hand", nullable = false, precision = 19, scale = 3)
    private BigDecimal onHand = BigDecimal.ZERO;

    protected LotBalance() {}

    LotBalance(Long lotId, Long productId, Long warehouseId) {
        this.lotId = lotId;
        this.productId = productId;
        this.warehouseId = warehouseId;
    }

    void change(BigDecimal quantity) {
        onHand = onHand.add(quantity);
    }

    public Long getId() {
        return id;
    }

    public Long getLotId() {
        return lotId;
    }

    public Long getProductId() {
        return productId;
    }

    public Long getWarehouseId() {
        return warehouseId;
    }

    public BigDecimal getOnHand() {
        return onHand;
    }
}
