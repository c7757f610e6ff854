package com.yiti.finance.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** Part of a debit note set off against one supplier invoice: append-only, with who and when. */
@Entity
@Table(name = "fin_supplier_debit_application")
public class SupplierDebitApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "debit_note_id", nullable = false, updatable = false)
    private Long debitNoteId;

    @Column(name = "invoice_id", nullable = false, updatable = false)
    private Long invoiceId;

    @Column(nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(name = "applied_by", nullable = false, length = 50, updatable = false)
    private String appliedBy;

    @Column(name = "applied_at", nullable = false, updatable = false)
    private Instant appliedAt;

    protected SupplierDebitApplication() {}

    public SupplierDebitApplication(Long debitNoteId, Long invoiceId, BigDecimal amount, String by, Instant at) {
        this.debitNoteId = debitNoteId;
        this.invoiceId = invoiceId;
        this.amount = amount;
        this.appliedBy = by;
        this.appliedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getDebitNoteId() {
        return debitNoteId;
    }

    public Long getInvoiceId() {
        return invoiceId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getAppliedBy() {
        return appliedBy;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }
}
