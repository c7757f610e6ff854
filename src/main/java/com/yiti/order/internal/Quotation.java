package com.yiti.order.internal;

import com.yiti.order.Approval;
import com.yiti.order.QuotationStatus;
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
import org.hibernate.envers.NotAudited;

@Entity
@Table(name = "ord_quotation")
@Audited
public class Quotation extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20, updatable = false)
    private String number;

    @Column(name = "customer_id", nullable = false)
    private Long customerId;

    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    @Column(name = "opportunity_id")
    private Long opportunityId;

    @Column(name = "warehouse_id", nullable = false)
    private Long warehouseId;

    /** The customer's currency, which every price on it is in. */
    @Column(nullable = false, length = 3, columnDefinition = "char(3)")
    private String currency = "CNY";

    /** CNY per unit of the currency on the day it was written: what list prices were converted at (1 in CNY). */
    @Column(name = "exchange_rate", nullable = false, precision = 18, scale = 6)
    private java.math.BigDecimal exchangeRate = java.math.BigDecimal.ONE;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private QuotationStatus status = QuotationStatus.DRAFT;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Approval approval = Approval.NOT_REQUIRED;

    @Column(name = "approved_by", length = 50)
    private String approvedBy;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @Column(length = 1000)
    private String note;

    @Column(name = "net_total", nullable = false, precision = 19, scale = 2)
    private BigDecimal netTotal = BigDecimal.ZERO;

    @Column(name = "tax_total", nullable = false, precision = 19, scale = 2)
    private BigDecimal taxTotal = BigDecimal.ZERO;

    @Column(name = "gross_total", nullable = false, precision = 19, scale = 2)
    private BigDecimal grossTotal = BigDecimal.ZERO;

    @Column(name = "order_id")
    private Long orderId;

    @NotAudited
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    // the line writes quotation_id itself (so its history names the quotation): the collection only reads it
    @JoinColumn(name = "quotation_id", nullable = false, insertable = false, updatable = false)
    @OrderBy("lineNo")
    private List<QuotationLine> lines = new ArrayList<>();

    protected Quotation() {}

    public Quotation(String number, Long customerId, Long ownerId) {
        this.number = number;
        this.customerId = customerId;
        this.ownerId = ownerId;
    }

    public void apply(Long customerId, Long opportunityId, Long warehouseId, LocalDate validUntil, String note) {
        this.customerId = customerId;
        this.opportunityId = opportunityId;
        this.warehouseId = warehouseId;
        this.validUntil = validUntil;
        this.note = note;
    }

    public void addLine(Long productId, Pricing pricing) {
        int next = lines.stream().mapToInt(QuotationLine::getLineNo).max().orElse(0) + 1;
        lines.add(new QuotationLine(next, id, productId, pricing));
        linesChanged();
    }

    public void changeLine(QuotationLine line, Long productId, Pricing pricing) {
        line.reprice(productId, pricing);
        linesChanged();
    }

    public void removeLine(QuotationLine line) {
        lines.remove(line);
        linesChanged();
    }

    /** Totals follow the lines; any change voids an earlier approval decision. */
    private void linesChanged() {
        Pricing.Totals totals = Pricing.totals(lines.stream().map(QuotationLine::getPricing));
        netTotal = totals.net();
        taxTotal = totals.tax();
        grossTotal = totals.gross();
        // until the QUOTATION flow has been asked (the facade asks right after every line change)
        approval = Approval.REQUIRED;
        approvedBy = null;
    }

    /** The flow in force answered whether the changed lines need approval (decision 050). */
    public void approvalRequired(boolean required) {
        if (approval == Approval.REQUIRED || approval == Approval.NOT_REQUIRED) {
            approval = required ? Approval.REQUIRED : Approval.NOT_REQUIRED;
        }
    }

    public void requestApproval() {
        this.approval = Approval.PENDING;
    }

    public void decide(boolean approved, String by) {
        this.approval = approved ? Approval.APPROVED : Approval.REJECTED;
        this.approvedBy = by;
    }

    public void moveTo(QuotationStatus status) {
        this.status = status;
    }

    public void accepted(Long orderId) {
        this.status = QuotationStatus.ACCEPTED;
        this.orderId = orderId;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public Long getOpportunityId() {
        return opportunityId;
    }

    public Long getWarehouseId() {
        return warehouseId;
    }

    public QuotationStatus getStatus() {
        return status;
    }

    public Approval getApproval() {
        return approval;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public String getNote() {
        return note;
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

    public Long getOrderId() {
        return orderId;
    }

    public List<QuotationLine> getLines() {
        return lines;
    }

    /** Prices in this currency, list prices converted at this rate. */
    public void inCurrency(String currency, java.math.BigDecimal rate) {
        this.currency = currency;
        this.exchangeRate = rate;
    }

    public String getCurrency() {
        return currency;
    }

    public java.math.BigDecimal getExchangeRate() {
        return exchangeRate;
    }
}
