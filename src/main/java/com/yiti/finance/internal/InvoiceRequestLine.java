package com.yiti.finance.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A line of a VAT invoice request, written once: what the tax tool needs for one item. */
@Entity
@Table(name = "fin_invoice_request_line")
public class InvoiceRequestLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", nullable = false, updatable = false)
    private InvoiceRequest request;

    @Column(nullable = false, updatable = false)
    private int seq;

    @Column(name = "item_name", nullable = false, length = 100, updatable = false)
    private String itemName;

    @Column(name = "tax_code", nullable = false, length = 19, updatable = false)
    private String taxCode;

    @Column(length = 40, updatable = false)
    private String spec;

    @Column(length = 20, updatable = false)
    private String unit;

    @Column(nullable = false, precision = 19, scale = 3, updatable = false)
    private BigDecimal quantity;

    @Column(name = "unit_price", nullable = false, precision = 19, scale = 6, updatable = false)
    private BigDecimal unitPrice;

    @Column(name = "net_amount", nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal netAmount;

    @Column(name = "tax_rate", nullable = false, precision = 5, scale = 4, updatable = false)
    private BigDecimal taxRate;

    @Column(name = "tax_amount", nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal taxAmount;

    protected InvoiceRequestLine() {}

    public InvoiceRequestLine(
            InvoiceRequest request,
            int seq,
            String itemName,
            String taxCode,
            String spec,
            String unit,
            BigDecimal quantity,
            BigDecimal unitPrice,
            BigDecimal netAmount,
            BigDecimal taxRate,
            BigDecimal taxAmount) {
        this.request = request;
        this.seq = seq;
        this.itemName = itemName;
        this.taxCode = taxCode;
        this.spec = spec;
        this.unit = unit;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.netAmount = netAmount;
        this.taxRate = taxRate;
        this.taxAmount = taxAmount;
    }

    public int getSeq() {
        return seq;
    }

    public String getItemName() {
        return itemName;
    }

    public String getTaxCode() {
        return taxCode;
    }

    public String getSpec() {
        return spec;
    }

    public String getUnit() {
        return unit;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public BigDecimal getNetAmount() {
        return netAmount;
    }

    public BigDecimal getTaxRate() {
        return taxRate;
    }

    public BigDecimal getTaxAmount() {
        return taxAmount;
    }
}
