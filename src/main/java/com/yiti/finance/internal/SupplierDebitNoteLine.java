package com.yiti.finance.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** One returned product on a debit note: at the price and VAT rate it was invoiced at. */
@Entity
@Table(name = "fin_supplier_debit_note_line")
public class SupplierDebitNoteLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "purchase_order_line_id", nullable = false, updatable = false)
    private Long purchaseOrderLineId;

    @Column(name = "product_id", nullable = false, updatable = false)
    private Long productId;

    @Column(nullable = false, length = 40, updatable = false)
    private String sku;

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

    /** What the invoices had cleared from goods received not invoiced for these units, given back. */
    @Column(name = "grni_amount", nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal grniAmount;

    protected SupplierDebitNoteLine() {}

    public SupplierDebitNoteLine(
            Long purchaseOrderLineId,
            Long productId,
            String sku,
            BigDecimal quantity,
            BigDecimal unitPrice,
            BigDecimal taxRate,
            BigDecimal grniAmount) {
        this.purchaseOrderLineId = purchaseOrderLineId;
        this.productId = productId;
        this.sku = sku;
        this.quantity = quantity;
        this.unitPrice = unitPrice.setScale(4, RoundingMode.HALF_UP);
        this.taxRate = taxRate;
        this.netAmount = quantity.multiply(unitPrice).setScale(2, RoundingMode.HALF_UP);
        this.taxAmount = netAmount.multiply(taxRate).setScale(2, RoundingMode.HALF_UP);
        this.grniAmount = grniAmount;
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

    public BigDecimal getGrniAmount() {
        return grniAmount;
    }
}
