package com.yiti.finance.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An invoice line, priced with the order's rule: net = quantity × price × (100 − discount) / 100, tax = net × rate,
 * each rounded half-up to 2 decimals; gross = net + tax.
 */
@Entity
@Table(name = "fin_invoice_line")
public class InvoiceLine {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_line_id", nullable = false, updatable = false)
    private Long orderLineId;

    @Column(name = "product_id", nullable = false, updatable = false)
    private Long productId;

    @Column(nullable = false, length = 40, updatable = false)
    private String sku;

    @Column(nullable = false, precision = 19, scale = 3, updatable = false)
    private BigDecimal quantity;

    @Column(name = "credited_quantity", nullable = false, precision = 19, scale = 3)
    private BigDecimal creditedQuantity = BigDecimal.ZERO;

    @Column(name = "unit_price", nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal unitPrice;

    @Column(name = "discount_pct", nullable = false, precision = 5, scale = 2, updatable = false)
    private BigDecimal discountPct;

    @Column(name = "tax_rate", nullable = false, precision = 5, scale = 4, updatable = false)
    private BigDecimal taxRate;

    @Column(name = "net_amount", nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal netAmount;

    @Column(name = "tax_amount", nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal taxAmount;

    @Column(name = "gross_amount", nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal grossAmount;

    @Column(name = "standard_cost", nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal standardCost;

    protected InvoiceLine() {}

    public InvoiceLine(
            Long orderLineId,
            Long productId,
            String sku,
            BigDecimal quantity,
            BigDecimal unitPrice,
            BigDecimal discountPct,
            BigDecimal taxRate,
            BigDecimal standardCost) {
        this.orderLineId = orderLineId;
        this.productId = productId;
        this.sku = sku;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.discountPct = discountPct;
        this.taxRate = taxRate;
        this.standardCost = standardCost;
        this.netAmount = net(quantity);
        this.taxAmount = tax(netAmount);
        this.grossAmount = netAmount.add(taxAmount);
    }

    /** The net amount of a quantity of this line, by the pricing rule. */
    public BigDecimal net(BigDecimal q) {
        return q.multiply(unitPrice)
                .multiply(HUNDRED.subtract(discountPct))
                .divide(HUNDRED)
                .setScale(2, RoundingMode.HALF_UP);
    }

    public BigDecimal tax(BigDecimal net) {
        return net.multiply(taxRate).setScale(2, RoundingMode.HALF_UP);
    }

    public void credited(BigDecimal q) {
        this.creditedQuantity = creditedQuantity.add(q);
    }

    public BigDecimal creditable() {
        return quantity.subtract(creditedQuantity);
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

    public String getSku() {
        return sku;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public BigDecimal getCreditedQuantity() {
        return creditedQuantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public BigDecimal getDiscountPct() {
        return discountPct;
    }

    public BigDecimal getTaxRate() {
        return taxRate;
    }

    public BigDecimal getNetAmount() {
        return netAmount;
    }

    public BigDecimal getTaxAmount() {
        return taxAmount;
    }

    public BigDecimal getGrossAmount() {
        return grossAmount;
    }

    public BigDecimal getStandardCost() {
        return standardCost;
    }
}
