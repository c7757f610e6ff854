package com.yiti.finance.internal;

import com.yiti.finance.InvoiceRequestStatus;
import com.yiti.shared.AuditedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;

/**
 * A VAT invoice request (开票申请): BLUE for an invoice, RED (红字) for a credit note against an issued one. The seller's
 * and buyer's data and the lines are a snapshot taken when it was written and never change; its status, decision,
 * export and the issued number are audited.
 */
@Entity
@Table(name = "fin_invoice_request")
public class InvoiceRequest extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 20, updatable = false)
    private String number;

    @Column(nullable = false, length = 4, updatable = false)
    private String kind;

    @Audited
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private InvoiceRequestStatus status = InvoiceRequestStatus.SUBMITTED;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private Long customerId;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private Long ownerId;

    @Column(name = "invoice_id", updatable = false)
    private Long invoiceId;

    @Column(name = "invoice_number", length = 20, updatable = false)
    private String invoiceNumber;

    /** For an advance (预收款) invoice: the collection plan's instalment, and the contract or order it belongs to. */
    @Column(name = "instalment_id", updatable = false)
    private Long instalmentId;

    @Column(name = "source_number", length = 20, updatable = false)
    private String sourceNumber;

    @Column(name = "credit_note_id", updatable = false)
    private Long creditNoteId;

    @Column(name = "credit_note_number", length = 20, updatable = false)
    private String creditNoteNumber;

    @Column(name = "original_id", updatable = false)
    private Long originalId;

    /** The document it is open for (unique while open): INV-id or CN-id; null once rejected. */
    @Column(name = "open_key", length = 40)
    private String openKey;

    @Column(name = "vat_type", nullable = false, length = 10, updatable = false)
    private String vatType;

    @Column(name = "buyer_name", nullable = false, length = 200, updatable = false)
    private String buyerName;

    @Column(name = "buyer_tax_number", length = 20, updatable = false)
    private String buyerTaxNumber;

    @Column(name = "buyer_address_phone", length = 200, updatable = false)
    private String buyerAddressPhone;

    @Column(name = "buyer_bank", length = 100, updatable = false)
    private String buyerBank;

    @Column(name = "buyer_account", length = 40, updatable = false)
    private String buyerAccount;

    @Column(name = "seller_name", nullable = false, length = 200, updatable = false)
    private String sellerName;

    @Column(name = "seller_tax_number", length = 20, updatable = false)
    private String sellerTaxNumber;

    @Column(name = "seller_address_phone", length = 200, updatable = false)
    private String sellerAddressPhone;

    @Column(name = "seller_bank", length = 200, updatable = false)
    private String sellerBank;

    @Column(name = "net_total", nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal netTotal;

    @Column(name = "tax_total", nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal taxTotal;

    @Column(name = "gross_total", nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal grossTotal;

    @Audited
    @Column(length = 200)
    private String remark;

    @Audited
    @Column(name = "decided_by", length = 50)
    private String decidedBy;

    @Audited
    @Column(name = "decided_at")
    private Instant decidedAt;

    @Audited
    @Column(name = "reject_reason", length = 500)
    private String rejectReason;

    @Audited
    @Column(name = "exported_at")
    private Instant exportedAt;

    @Audited
    @Column(name = "vat_number", length = 30)
    private String vatNumber;

    @Audited
    @Column(name = "vat_date")
    private LocalDate vatDate;

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL)
    @OrderBy("seq")
    private List<InvoiceRequestLine> lines = new ArrayList<>();

    protected InvoiceRequest() {}

    public InvoiceRequest(
            String number, String kind, long customerId, long ownerId, long invoiceId, String invoiceNumber) {
        this.number = number;
        this.kind = kind;
        this.customerId = customerId;
        this.ownerId = ownerId;
        this.invoiceId = invoiceId;
        this.invoiceNumber = invoiceNumber;
        this.openKey = "INV-" + invoiceId;
    }

    /** An advance invoice (预收款, 不征税) for an instalment of a collection plan. */
    public InvoiceRequest(String number, long customerId, long ownerId, long instalmentId, String sourceNumber) {
        this.number = number;
        this.kind = "BLUE";
        this.customerId = customerId;
        this.ownerId = ownerId;
        this.instalmentId = instalmentId;
        this.sourceNumber = sourceNumber;
        this.openKey = "INST-" + instalmentId;
    }

    /** A red-letter request for a credit note against the issued request {@code original}. */
    public void red(long creditNoteId, String creditNoteNumber, long originalId) {
        this.creditNoteId = creditNoteId;
        this.creditNoteNumber = creditNoteNumber;
        this.originalId = originalId;
        this.openKey = "CN-" + creditNoteId;
    }

    public void parties(
            String vatType,
            String buyerName,
            String buyerTaxNumber,
            String buyerAddressPhone,
            String buyerBank,
            String buyerAccount,
            String sellerName,
            String sellerTaxNumber,
            String sellerAddressPhone,
            String sellerBank) {
        this.vatType = vatType;
        this.buyerName = buyerName;
        this.buyerTaxNumber = buyerTaxNumber;
        this.buyerAddressPhone = buyerAddressPhone;
        this.buyerBank = buyerBank;
        this.buyerAccount = buyerAccount;
        this.sellerName = sellerName;
        this.sellerTaxNumber = sellerTaxNumber;
        this.sellerAddressPhone = sellerAddressPhone;
        this.sellerBank = sellerBank;
    }

    public void add(InvoiceRequestLine line) {
        lines.add(line);
    }

    /** The totals from the lines: the tax of the invoice is the sum of the lines' taxes (each rounded on its line). */
    public void totals() {
        netTotal = lines.stream().map(InvoiceRequestLine::getNetAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        taxTotal = lines.stream().map(InvoiceRequestLine::getTaxAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        grossTotal = netTotal.add(taxTotal);
    }

    public void remark(String remark) {
        this.remark = remark;
    }

    public void approved(String by, Instant at) {
        this.status = InvoiceRequestStatus.APPROVED;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public void rejected(String by, Instant at, String reason) {
        this.status = InvoiceRequestStatus.REJECTED;
        this.decidedBy = by;
        this.decidedAt = at;
        this.rejectReason = reason;
        this.openKey = null;
    }

    public void exported(Instant at) {
        this.status = InvoiceRequestStatus.EXPORTED;
        this.exportedAt = at;
    }

    public void issued(String vatNumber, LocalDate vatDate) {
        this.status = InvoiceRequestStatus.ISSUED;
        this.vatNumber = vatNumber;
        this.vatDate = vatDate;
    }

    public boolean isRed() {
        return "RED".equals(kind);
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public String getKind() {
        return kind;
    }

    public InvoiceRequestStatus getStatus() {
        return status;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public Long getInvoiceId() {
        return invoiceId;
    }

    public String getInvoiceNumber() {
        return invoiceNumber;
    }

    public Long getInstalmentId() {
        return instalmentId;
    }

    public String getSourceNumber() {
        return sourceNumber;
    }

    public Long getCreditNoteId() {
        return creditNoteId;
    }

    public String getCreditNoteNumber() {
        return creditNoteNumber;
    }

    public Long getOriginalId() {
        return originalId;
    }

    public String getVatType() {
        return vatType;
    }

    public String getBuyerName() {
        return buyerName;
    }

    public String getBuyerTaxNumber() {
        return buyerTaxNumber;
    }

    public String getBuyerAddressPhone() {
        return buyerAddressPhone;
    }

    public String getBuyerBank() {
        return buyerBank;
    }

    public String getBuyerAccount() {
        return buyerAccount;
    }

    public String getSellerName() {
        return sellerName;
    }

    public String getSellerTaxNumber() {
        return sellerTaxNumber;
    }

    public String getSellerAddressPhone() {
        return sellerAddressPhone;
    }

    public String getSellerBank() {
        return sellerBank;
    }

    public BigDecimal getNetTotal() {
        return netTotal;
    }

    public BigDecimal getTaxTotal() {
        return taxTotal;
    }

    public BigDecimal getGrossTotal() {
        return grossTotal;
    }

    public String getRemark() {
        return remark;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getRejectReason() {
        return rejectReason;
    }

    public Instant getExportedAt() {
        return exportedAt;
    }

    public String getVatNumber() {
        return vatNumber;
    }

    public LocalDate getVatDate() {
        return vatDate;
    }

    public List<InvoiceRequestLine> getLines() {
        return lines;
    }
}
