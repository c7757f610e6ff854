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

/** Part of a payment applied to an invoice. Never deleted: a mistake is reversed (who, when, why). */
@Entity
@Table(name = "fin_allocation")
@Audited
public class Allocation {

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

    @Column(name = "reversed_by", length = 50)
    private String reversedBy;

    @Column(name = "reversed_at")
    private Instant reversedAt;

    @Column(name = "reversal_reason", length = 500)
    private String reversalReason;

    /** CNY the allocation took off the invoice's receivable (at the invoice's rate). */
    @Column(name = "ar_book", precision = 19, scale = 2)
    private BigDecimal arBook;

    /** CNY the allocation took off the customer's credit (at the payment's rate). */
    @Column(name = "credit_book", precision = 19, scale = 2)
    private BigDecimal creditBook;

    protected Allocation() {}

    public Allocation(
            Long paymentId,
            Long invoiceId,
            BigDecimal amount,
            BigDecimal arBook,
            BigDecimal creditBook,
            String allocatedBy,
            Instant allocatedAt) {
        this.paymentId = paymentId;
        this.invoiceId = invoiceId;
        this.amount = amount;
        this.arBook = arBook;
        this.creditBook = creditBook;
        this.allocatedBy = allocatedBy;
        this.allocatedAt = allocatedAt;
    }

    public void reverse(String by, Instant at, String reason) {
        this.reversedBy = by;
        this.reversedAt = at;
        this.reversalReason = reason;
    }

    public boolean reversed() {
        return reversedAt != null;
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

    public BigDecimal getArBook() {
        return arBook == null ? amount : arBook;
    }

    public BigDecimal getCreditBook() {
        return creditBook == null ? amount : creditBook;
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

    public String getReversedBy() {
        return reversedBy;
    }

    public Instant getReversedAt() {
        return reversedAt;
    }

    public String getReversalReason() {
        return reversalReason;
    }
}
