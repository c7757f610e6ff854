package com.yiti.inventory.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

@Entity
@Table(name = "inv_stocktake_line")
public class StocktakeLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "product_id", nullable = false, updatable = false)
    private Long productId;

    @Column(name = "book_quantity", nullable = false, precision = 19, scale = 3, updatable = false)
    private BigDecimal bookQuantity;

    @Column(name = "counted_quantity", precision = 19, scale = 3)
    private BigDecimal countedQuantity;

    @Column(name = "counted_by", length = 50)
    private String countedBy;

    @Column(name = "counted_at")
    private Instant countedAt;

    protected StocktakeLine() {}

    StocktakeLine(Long productId, BigDecimal bookQuantity) {
        this.productId = productId;
        this.bookQuantity = bookQuantity;
    }

    public void count(BigDecimal quantity, String by, Instant at) {
        this.countedQuantity = quantity;
        this.countedBy = by;
        this.countedAt = at;
    }

    public BigDecimal difference() {
        return countedQuantity == null ? null : countedQuantity.subtract(bookQuantity);
    }

    public Long getId() {
        return id;
    }

    public Long getProductId() {
        return productId;
    }

    public BigDecimal getBookQuantity() {
        return bookQuantity;
    }

    public BigDecimal getCountedQuantity() {
        return countedQuantity;
    }

    public String getCountedBy() {
        return countedBy;
    }

    public Instant getCountedAt() {
        return countedAt;
    }
}
