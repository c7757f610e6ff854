package com.yiti.inventory.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * A product's moving-average cost (decision 025): the quantity valued (on hand in every warehouse, quarantine
 * included, and in transit), its value, and the average. Goods coming in at a known cost (a receipt at the purchase
 * order's price, production output) change the average; everything else moves at the average. The last unit out
 * takes the whole remaining value, so no rounding is ever left behind. Changed only by {@link StockLedger}, with the
 * row locked.
 */
@Entity
@Table(name = "inv_product_valuation")
public class ProductValuation {

    @Id
    @Column(name = "product_id")
    private Long productId;

    @Column(nullable = false, precision = 19, scale = 3)
    private BigDecimal quantity = BigDecimal.ZERO;

    @Column(name = "stock_value", nullable = false, precision = 19, scale = 2)
    private BigDecimal stockValue = BigDecimal.ZERO;

    @Column(name = "average_cost", nullable = false, precision = 19, scale = 4)
    private BigDecimal averageCost = BigDecimal.ZERO;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected ProductValuation() {}

    public ProductValuation(Long productId, BigDecimal startingCost) {
        this.productId = productId;
        this.averageCost = startingCost.setScale(4, RoundingMode.HALF_UP);
    }

    /**
     * Values a move and applies it: {@code unitCost} is the cost of goods coming in at a known cost (or going back to
     * the supplier at what they came in at), or null to move at the average. Returns the move's value (negative out).
     */
    BigDecimal apply(BigDecimal moved, BigDecimal unitCost, Instant at) {
        boolean costed = unitCost != null;
        BigDecimal value;
        if (moved.signum() < 0 && quantity.add(moved).signum() <= 0) {
            value = stockValue.negate(); // the last units take what is left
        } else {
            value = moved.multiply(costed ? unitCost : averageCost).setScale(2, RoundingMode.HALF_UP);
            if (value.negate().compareTo(stockValue) > 0) {
                value = stockValue.negate(); // rounding never takes more than there is
            }
        }
        quantity = quantity.add(moved);
        stockValue = stockValue.add(value);
        if (costed && quantity.signum() > 0) {
            averageCost = stockValue.divide(quantity, 4, RoundingMode.HALF_UP);
        }
        updatedAt = at;
        return value;
    }

    /** Whether nothing is valued: the next goods in set the average afresh. */
    boolean empty() {
        return quantity.signum() == 0;
    }

    public Long getProductId() {
        return productId;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public BigDecimal getStockValue() {
        return stockValue;
    }

    public BigDecimal getAverageCost() {
        return averageCost;
    }
}
