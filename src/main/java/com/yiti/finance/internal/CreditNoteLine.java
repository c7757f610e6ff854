package com.yiti.finance.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

@Entity
@Table(name = "fin_credit_note_line")
public class CreditNoteLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "invoice_line_id", nullable = false, updatable = false)
    private Long invoiceLineId;

    @Column(nullable = false, precision = 19, scale = 3, updatable = false)
    private BigDecimal quantity;

    @Column(name = "net_amount", nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal netAmount;

    @Column(name = "tax_amount", nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal taxAmount;

    protected CreditNoteLine() {}

    CreditNoteLine(Long invoiceLineId, BigDecimal quantity, BigDecimal netAmount, BigDecimal taxAmount) {
        this.invoiceLineId = invoiceLineId;
        this.quantity = quantity;
        this.netAmount = netAmount;
        this.taxAmount = taxAmount;
    }

    public Long getInvoiceLineId() {
        return invoiceLineId;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public BigDecimal getNetAmount() {
        return netAmount;
    }

    public BigDecimal getTaxAmount() {
        return taxAmount;
    }
}
