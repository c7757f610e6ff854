package com.yiti.order.internal;

import com.yiti.order.OrderStatus;
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
import org.hibernate.envers.NotAudited;

@Entity
@Table(name = "ord_sales_order")
@Audited
public class SalesOrder extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20, updatable = false)
    private String number;

    @Column(name = "customer_id", nullable = false)
    private Long customerId;

    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    @Column(name = "quotation_id", updatable = false)
    private Long quotationId;

    @Column(name = "opportunity_id", updatable = false)
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
    private OrderStatus status = OrderStatus.DRAFT;

    @Column(name = "customer_reference", length = 100)
    private String customerReference;

    @Column(name = "contract_id")
    private Long contractId;

    @Column(name = "contract_number", length = 20)
    private String contractNumber;

    @Column(length = 1000)
    private String note;

    @Column(name = "promised_date")
    private LocalDate promisedDate;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 20)
    private com.yiti.order.Approval approval = com.yiti.order.Approval.NOT_REQUIRED;

    @Column(name = "approved_by", length = 50)
    private String approvedBy;

    @Column(name = "hold_reason", length = 500)
    private String holdReason;

    @Column(name = "net_total", nullable = false, precision = 19, scale = 2)
    private BigDecimal netTotal = BigDecimal.ZERO;

    @Column(name = "tax_total", nullable = false, precision = 19, scale = 2)
    private BigDecimal taxTotal = BigDecimal.ZERO;

    @Column(name = "gross_total", nullable = false, precision = 19, scale = 2)
    private BigDecimal grossTotal = BigDecimal.ZERO;

    @Column(name = "client_key", length = 100, updatable = false)
    private String clientKey;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    @NotAudited
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    // the line writes order_id itself (so its history names the order): the collection only reads it
    @JoinColumn(name = "order_id", nullable = false, insertable = false, updatable = false)
    @OrderBy("lineNo")
    private List<OrderLine> lines = new ArrayList<>();

    protected SalesOrder() {}

    public SalesOrder(
            String number, Long customerId, Long ownerId, Long quotationId, Long opportunityId, String clientKey) {
        this.number = number;
        this.customerId = customerId;
        this.ownerId = ownerId;
        this.quotationId = quotationId;
        this.opportunityId = opportunityId;
        this.clientKey = clientKey;
    }

    /** Places the order under a contract (or none). */
    public void underContract(Long contractId, String contractNumber) {
        this.contractId = contractId;
        this.contractNumber = contractNumber;
    }

    public Long getContractId() {
        return contractId;
    }

    public String getContractNumber() {
        return contractNumber;
    }

    public void apply(Long customerId, Long warehouseId, String customerReference, String note) {
        this.customerId = customerId;
        this.warehouseId = warehouseId;
        this.customerReference = customerReference;
        this.note = note;
    }

    public void addLine(Long productId, Pricing pricing) {
        int next = lines.stream().mapToInt(OrderLine::getLineNo).max().orElse(0) + 1;
        lines.add(new OrderLine(next, id, productId, pricing));
        totals();
        approvalFollowsLines();
    }

    public void changeLine(OrderLine line, Long productId, Pricing pricing) {
        line.reprice(productId, pricing);
        totals();
        approvalFollowsLines();
    }

    public void removeLine(OrderLine line) {
        lines.remove(line);
        totals();
        approvalFollowsLines();
    }

    /**
     * Any line change voids an earlier decision; whether the new lines need approval is the {@code SALES_ORDER} flow's
     * answer, which the facade asks right after every change (until then, required) — whatever created the order.
     */
    private void approvalFollowsLines() {
        approval = com.yiti.order.Approval.REQUIRED;
        approvedBy = null;
    }

    /** The flow in force answered whether the changed lines need approval (decision 050). */
    public void approvalRequired(boolean required) {
        if (approval == com.yiti.order.Approval.REQUIRED || approval == com.yiti.order.Approval.NOT_REQUIRED) {
            approval = required ? com.yiti.order.Approval.REQUIRED : com.yiti.order.Approval.NOT_REQUIRED;
        }
    }

    /** The lines come from a quotation whose discount a manager approved: the approval comes with them. */
    public void approvedWithQuotation(String by) {
        if (approval == com.yiti.order.Approval.REQUIRED) {
            approval = com.yiti.order.Approval.APPROVED;
            approvedBy = by;
        }
    }

    public void requestApproval() {
        this.approval = com.yiti.order.Approval.PENDING;
    }

    public void decide(boolean approved, String by) {
        this.approval = approved ? com.yiti.order.Approval.APPROVED : com.yiti.order.Approval.REJECTED;
        this.approvedBy = by;
    }

    public com.yiti.order.Approval getApproval() {
        return approval;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    private void totals() {
        Pricing.Totals totals = Pricing.totals(lines.stream().map(OrderLine::getPricing));
        netTotal = totals.net();
        taxTotal = totals.tax();
        grossTotal = totals.gross();
    }

    public void hold(String reason) {
        this.status = OrderStatus.CREDIT_HOLD;
        this.holdReason = reason;
    }

    public void confirmed(LocalDate promisedDate, Instant at) {
        this.status = OrderStatus.CONFIRMED;
        this.holdReason = null;
        this.promisedDate = promisedDate;
        this.confirmedAt = at;
    }

    public void moveTo(OrderStatus status) {
        this.status = status;
    }

    public void cancelled(String reason, Instant at) {
        this.status = OrderStatus.CANCELLED;
        this.cancelReason = reason;
        this.cancelledAt = at;
    }

    public void remainderCancelled(String reason, Instant at) {
        this.cancelReason = reason;
        this.cancelledAt = at;
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

    public Long getQuotationId() {
        return quotationId;
    }

    public Long getOpportunityId() {
        return opportunityId;
    }

    public Long getWarehouseId() {
        return warehouseId;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public String getCustomerReference() {
        return customerReference;
    }

    public String getNote() {
        return note;
    }

    public LocalDate getPromisedDate() {
        return promisedDate;
    }

    public String getHoldReason() {
        return holdReason;
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

    public String getClientKey() {
        return clientKey;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public List<OrderLine> getLines() {
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
