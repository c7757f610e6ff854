package com.yiti.inventory.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

@Entity
@Table(name = "inv_transfer_line")
public class TransferLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "product_id", nullable = false, updatable = false)
    private Long productId;

    @Column(nullable = false, precision = 19, scale = 3, updatable = false)
    private BigDecimal quantity;

    @Column(name = "shipped_quantity", nullable = false, precision = 19, scale = 3)
    private BigDecimal shippedQuantity = BigDecimal.ZERO;

    @Column(name = "received_quantity", nullable = false, precision = 19, scale = 3)
    private BigDecimal receivedQuantity = BigDecimal.ZERO;

    protected TransferLine() {}

    TransferLine(Long productId, BigDecimal quantity) {
        this.productId = productId;
        this.quantity = quantity;
    }

    public void ship() {
        this.shippedQuantity = quantity;
    }

    public void receive(BigDecimal q) {
        this.receivedQuantity = receivedQuantity.add(q);
    }

    public BigDecimal inTransit() {
        return shippedQuantity.subtract(receivedQuantity);
    }

    public Long getId() {
        return id;
    }

    public Long getProductId() {
        return productId;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public BigDecimal getShippedQuantity() {
        return shippedQuantity;
    }

    public BigDecimal getReceivedQuantity() {
        return receivedQuantity;
    }
}
