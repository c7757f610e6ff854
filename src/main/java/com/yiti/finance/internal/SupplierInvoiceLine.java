package com.yiti.finance.internal;

import com.yiti.finance.MatchResult;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One invoiced purchase order line: net = quantity × unit price, tax = net × rate, each rounded half-up to 2 decimals.
 * The match (ordered price, what was received and not yet invoiced, the result) is kept as it was last checked; the
 * goods-received value it clears is set when the invoice posts. Not audited on its own: the invoice's history records
 * each hold, release and posting.
 */
@Entity
@Table(name = "fin_supplier_invoice_line")
public class SupplierInvoiceLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "purchase_order_line_id", nullable = false, updatable = false)
    private Long purchaseOrderLineId;

    @Column(name = "product_id", nullable = false, updatable = false)
    private Long productId;

    @Column(nullable = false, length = 40, updatable = false)
    private String sku;

    @Column(name = "product_name", nullable = false, length = 200, updatable = false)
    private String productName;

    @Column(nullable = false, precision = 19, scale = 3, updatable = false)
    private BigDecimal quantity;

    @Column(name = "unit_price", nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal unitPrice;

    @Column(name = "tax_rate", nullable = false, precision = 5, scale = 4, updatable = false)
    private BigDecimal taxRate;

    @Column(name = "net_amount", nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal netAmount;

    @Column(name = "tax_amount", nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal taxAmount;

    @Column(name = "gross_amount", nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal grossAmount;

    @Column(name = "ordered_price", nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal orderedPrice;

    @Column(name = "uninvoiced_quantity", nullable = false, precision = 19, scale = 3)
    private BigDecimal uninvoicedQuantity;

    @Enumerated(EnumType.STRING)
    @Column(name = "match_result", nullable = false, length = 20)
    private MatchResult matchResult;

    @Column(name = "grni_amount", precision = 19, scale = 2)
    private BigDecimal grniAmount;

    protected SupplierInvoiceLine() {}

    public SupplierInvoiceLine(
            Long purchaseOrderLineId,
            Long productId,
            String sku,
            String productName,
            BigDecimal quantity,
            BigDecimal unitPrice,
            BigDecimal taxRate,
            BigDecimal orderedPrice) {
        this.purchaseOrderLineId = purchaseOrderLineId;
        this.productId = productId;
        this.sku = sku;
        this.productName = productName;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.taxRate = taxRate;
        this.orderedPrice = orderedPrice;
        this.netAmount = quantity.multiply(unitPrice).setScale(2, RoundingMode.HALF_UP);
        this.taxAmount = netAmount.multiply(taxRate).setScale(2, RoundingMode.HALF_UP);
        this.grossAmount = netAmount.add(taxAmount);
        this.uninvoicedQuantity = BigDecimal.ZERO;
        this.matchResult = MatchResult.QUANTITY;
    }

    public void matched(BigDecimal uninvoiced, MatchResult result) {
        this.uninvoicedQuantity = uninvoiced;
        this.matchResult = result;
    }

    public boolean matched() {
        return matchResult == MatchResult.MATCHED;
    }

    public void clears(BigDecimal grni) {
        this.grniAmount = grni;
    }

    /** The invoiced price minus the ordered price, per unit. */
    public BigDecimal priceDifference() {
        return unitPrice.subtract(orderedPrice);
    }

    public Long getId() {
        return id;
    }

    public Long getPurchaseOrderLineId() {
        return purchaseOrderLineId;
    }

    public Long getProductId() {
        return productId;
    }

    public String getSku() {
        return sku;
    }

    public String getProductName() {
        return productName;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
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

    public BigDecimal getOrderedPrice() {
        return orderedPrice;
    }

    public BigDecimal getUninvoicedQuantity() {
        return uninvoicedQuantity;
    }

    public MatchResult getMatchResult() {
        return matchResult;
    }

    public BigDecimal getGrniAmount() {
        return grniAmount;
    }
}
