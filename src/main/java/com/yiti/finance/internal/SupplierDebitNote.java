package com.yiti.finance.internal;

import com.yiti.finance.SupplierDebitNoteStatus;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;

/**
 * A debit note (红字发票/扣款单) for goods returned to a supplier after the supplier had invoiced them: what we no
 * longer owe, at the invoiced price with its VAT. It is set off against the supplier's open invoices (now, or as the
 * next ones are posted); until then it is a credit with the supplier.
 */
@Entity
@Table(name = "fin_supplier_debit_note")
@Audited
public class SupplierDebitNote extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20, updatable = false)
    private String number;

    @Column(name = "supplier_id", nullable = false, updatable = false)
    private Long supplierId;

    @Column(name = "purchase_order_id", nullable = false, updatable = false)
    private Long purchaseOrderId;

    @Column(name = "purchase_order_number", nullable = false, length = 20, updatable = false)
    private String purchaseOrderNumber;

    @Column(name = "return_number", nullable = false, length = 20, updatable = false)
    private String returnNumber;

    @Column(name = "note_date", nullable = false, updatable = false)
    private LocalDate noteDate;

    @Column(nullable = false, length = 3, columnDefinition = "char(3)", updatable = false)
    private String currency;

    @Column(name = "net_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal netAmount = BigDecimal.ZERO;

    @Column(name = "tax_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal taxAmount = BigDecimal.ZERO;

    @Column(name = "gross_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal grossAmount = BigDecimal.ZERO;

    @Column(name = "grni_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal grniAmount = BigDecimal.ZERO;

    @Column(name = "variance_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal varianceAmount = BigDecimal.ZERO;

    @Column(name = "applied_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal appliedAmount = BigDecimal.ZERO;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SupplierDebitNoteStatus status = SupplierDebitNoteStatus.OPEN;

    @org.hibernate.envers.NotAudited
    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "debit_note_id", nullable = false, updatable = false)
    @OrderBy("id")
    private List<SupplierDebitNoteLine> lines = new ArrayList<>();

    protected SupplierDebitNote() {}

    public SupplierDebitNote(
            String number,
            Long supplierId,
            Long purchaseOrderId,
            String purchaseOrderNumber,
            String returnNumber,
            LocalDate noteDate,
            String currency) {
        this.number = number;
        this.supplierId = supplierId;
        this.purchaseOrderId = purchaseOrderId;
        this.purchaseOrderNumber = purchaseOrderNumber;
        this.returnNumber = returnNumber;
        this.noteDate = noteDate;
        this.currency = currency;
    }

    public void add(SupplierDebitNoteLine line) {
        lines.add(line);
        netAmount = netAmount.add(line.getNetAmount());
        taxAmount = taxAmount.add(line.getTaxAmount());
        grossAmount = netAmount.add(taxAmount);
        grniAmount = grniAmount.add(line.getGrniAmount());
        varianceAmount = netAmount.subtract(grniAmount);
    }

    /** What is still to be set off against the supplier's invoices. */
    public BigDecimal open() {
        return grossAmount.subtract(appliedAmount);
    }

    public void apply(BigDecimal amount) {
        appliedAmount = appliedAmount.add(amount);
        if (appliedAmount.compareTo(grossAmount) >= 0) {
            status = SupplierDebitNoteStatus.APPLIED;
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

    public Long getPurchaseOrderId() {
        return purchaseOrderId;
    }

    public String getPurchaseOrderNumber() {
        return purchaseOrderNumber;
    }

    public String getReturnNumber() {
        return returnNumber;
    }

    public LocalDate getNoteDate() {
        return noteDate;
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

    public BigDecimal getGrniAmount() {
        return grniAmount;
    }

    public BigDecimal getVarianceAmount() {
        return varianceAmount;
    }

    public BigDecimal getAppliedAmount() {
        return appliedAmount;
    }

    public SupplierDebitNoteStatus getStatus() {
        return status;
    }

    public List<SupplierDebitNoteLine> getLines() {
        return lines;
    }
}
