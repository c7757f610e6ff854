package com.yiti.finance.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.envers.Audited;

/** Part of a supplier payment applied to one of the supplier's invoices. */
@Entity
@Table(name = "fin_supplier_allocation")
@Audited
public class SupplierAllocation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "payment_id", nullable = false, updatable = false)
    private Long paymentId;

    @Column(name = "invoice_id", nullable = false, updatable = false)
    private Long invoiceId;

    @Column(nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(name = "allocated_by", nullable = false, length = 50, updatable = false)
    private String allocatedBy;

    @Column(name = "allocated_at", nullable = false, updatable = false)
    private Instant allocatedAt;

    protected SupplierAllocation() {}

    public SupplierAllocation(
            Long paymentId, Long invoiceId, BigDecimal amount, String allocatedBy, Instant allocatedAt) {
        this.paymentId = paymentId;
        this.invoiceId = invoiceId;
        this.amount = amount;
        this.allocatedBy = allocatedBy;
        this.allocatedAt = allocatedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getPaymentId() {
        return paymentId;
    }

    public Long getInvoiceId() {
        return invoiceId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getAllocatedBy() {
        return allocatedBy;
    }

    public Instant getAllocatedAt() {
        return allocatedAt;
    }
}
