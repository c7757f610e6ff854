package com.yiti.aftersales.internal;

import com.yiti.aftersales.Disposition;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A returned quantity of one order line; the warehouse records where it went. */
@Entity
@Table(name = "aft_return_line")
public class ReturnLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_line_id", nullable = false, updatable = false)
    private Long orderLineId;

    @Column(name = "product_id", nullable = false, updatable = false)
    private Long productId;

    @Column(nullable = false, precision = 19, scale = 3, updatable = false)
    private BigDecimal quantity;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Disposition disposition;

    protected ReturnLine() {}

    ReturnLine(Long orderLineId, Long productId, BigDecimal quantity) {
        this.orderLineId = orderLineId;
        this.productId = productId;
        this.quantity = quantity;
    }

    void receive(Disposition d) {
        this.disposition = d;
    }

    public Long getId() {
        return id;
    }

    public Long getOrderLineId() {
        return orderLineId;
    }

    public Long getProductId() {
        return productId;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public Disposition getDisposition() {
        return disposition;
    }
}
