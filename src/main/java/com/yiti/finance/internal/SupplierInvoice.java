package com.yiti.finance.internal;

import com.yiti.finance.SupplierInvoiceStatus;
import com.yiti.shared.AuditedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;

/** A supplier's invoice (进项发票) against one purchase order; its lines carry their match against the order. */
@Entity
@Table(name = "fin_supplier_invoice")
@Audited
public class SupplierInvoice extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20, updatable = false)
    private String number;

    @Column(name = "supplier_id", nullable = false, updatable = false)
    private Long supplierId;

    @Column(name = "supplier_reference", nullable = false, length = 40, updatable = false)
    private String supplierReference;

    @Column(name = "purchase_order_id", nullable = false, updatable = false)
    private Long purchaseOrderId;

    @Column(name = "purchase_order_number", nullable = false, length = 20, updatable = false)
    private String purchaseOrderNumber;

    @Column(name = "invoice_date", nullable = false, updatable = false)
    private LocalDate invoiceDate;

    @Column(name = "due_date", nullable = false, updatable = false)
    private LocalDate dueDate;

    @Column(nullable = false, length = 3, columnDefinition = "char(3)", updatable = false)
    private String currency;

    @Column(name = "net_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal netAmount = BigDecimal.ZERO;

    @Column(name = "tax_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal taxAmount = BigDecimal.ZERO;

    @Column(name = "gross_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal grossAmount = BigDecimal.ZERO;

    @Column(name = "paid_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal paidAmount = BigDecimal.ZERO;

    @Column(name = "grni_amount", precision = 19, scale = 2)
    private BigDecimal grniAmount;

    @Column(name = "variance_amount", precision = 19, scale = 2)
    private BigDecimal varianceAmount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SupplierInvoiceStatus status;

    @Column(name = "posted_at")
    private Instant postedAt;

    @Column(name = "released_by", length = 50)
    private String releasedBy;

    @Column(name = "released_at")
    private Instant releasedAt;

    @Column(name = "release_note", length = 500)
    private String releaseNote;

    @org.hibernate.envers.NotAudited
    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "invoice_id", nullable = false, updatable = false)
    @OrderBy("id")
    private List<SupplierInvoiceLine> lines = new ArrayList<>();

    protected SupplierInvoice() {}

    public SupplierInvoice(
            String number,
            Long supplierId,
            String supplierReference,
            Long purchaseOrderId,
            String purchaseOrderNumber,
            LocalDate invoiceDate,
            LocalDate dueDate,
            String currency) {
        this.number = number;
        this.supplierId = supplierId;
        this.supplierReference = supplierReference;
        this.purchaseOrderId = purchaseOrderId;
        this.purchaseOrderNumber = purchaseOrderNumber;
        this.invoiceDate = invoiceDate;
        this.dueDate = dueDate;
        this.currency = currency;
        this.status = SupplierInvoiceStatus.HELD;
    }

    public void add(SupplierInvoiceLine line) {
        lines.add(line);
        netAmount = netAmount.add(line.getNetAmount());
        taxAmount = taxAmount.add(line.getTaxAmount());
        grossAmount = grossAmount.add(line.getGrossAmount());
    }

    public boolean matched() {
        return lines.stream().allMatch(SupplierInvoiceLine::matched);
    }

    public void hold() {
        this.status = SupplierInvoiceStatus.HELD;
    }

    public void post(BigDecimal grni, BigDecimal variance, Instant at) {
        this.grniAmount = grni;
        this.varianceAmount = variance;
        this.postedAt = at;
        this.status = SupplierInvoiceStatus.OPEN;
    }

    public void release(String by, Instant at, String note) {
        this.releasedBy = by;
        this.releasedAt = at;
        this.releaseNote = note;
    }

    public void cancel() {
        this.status = SupplierInvoiceStatus.CANCELLED;
    }

    public BigDecimal open() {
        return status == SupplierInvoiceStatus.OPEN ? grossAmount.subtract(paidAmount) : BigDecimal.ZERO;
    }

    public void pay(BigDecimal amount) {
        paidAmount = paidAmount.add(amount);
        if (paidAmount.compareTo(grossAmount) >= 0) {
            status = SupplierInvoiceStatus.PAID;
        }
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public Long getSupplierId() {
        return supplierId;
    }

    public String getSupplierReference() {
        return supplierReference;
    }

    public Long getPurchaseOrderId() {
        return purchaseOrderId;
    }

    public String getPurchaseOrderNumber() {
        return purchaseOrderNumber;
    }

    public LocalDate getInvoiceDate() {
        return invoiceDate;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public String getCurrency() {
        return currency;
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

    public BigDecimal getPaidAmount() {
        return paidAmount;
    }

    public BigDecimal getGrniAmount() {
        return grniAmount;
    }

    public BigDecimal getVarianceAmount() {
        return varianceAmount;
    }

    public SupplierInvoiceStatus getStatus() {
        return status;
    }

    public Instant getPostedAt() {
        return postedAt;
    }

    public String getReleasedBy() {
        return releasedBy;
    }

    public Instant getReleasedAt() {
        return releasedAt;
    }

    public String getReleaseNote() {
        return releaseNote;
    }

    public List<SupplierInvoiceLine> getLines() {
        return lines;
    }
}
