package com.yiti.inventory.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/**
 * On hand and reserved of one product in one warehouse. Changed only by {@code StockLedger}, together with the move
 * or reservation that explains the change, while holding the row lock.
 */
@Entity
@Table(name = "inv_stock_balance")
public class StockBalance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "product_id", nullable = false, updatable = false)
    private Long productId;

    @Column(name = "warehouse_id", nullable = false, updatable = false)
    private Long warehouseId;

    @Column(name = "on_hand", nullable = false, precision = 19, scale = 3)
    private BigDecimal onHand = BigDecimal.ZERO;

    @Column(nullable = false, precision = 19, scale = 3)
    private BigDecimal reserved = BigDecimal.ZERO;

    @Version
    private long version;

    protected StockBalance() {}

    public StockBalance(Long productId, Long warehouseId) {
        this.productId = productId;
        this.warehouseId = warehouseId;
    }

    public BigDecimal available() {
        return onHand.subtract(reserved);
    }

    void changeOnHand(BigDecimal delta) {
        onHand = onHand.add(delta);
    }

    void changeReserved(BigDecimal delta) {
        reserved = reserved.add(delta);
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

    public BigDecimal getReserved() {
        return reserved;
    }
}
