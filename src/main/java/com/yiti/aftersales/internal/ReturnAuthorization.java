package com.yiti.aftersales.internal;

import com.yiti.aftersales.Disposition;
import com.yiti.aftersales.ReturnReason;
import com.yiti.aftersales.ReturnSettlement;
import com.yiti.aftersales.ReturnStatus;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A return (RMA) of shipped order lines, authorised on a ticket. Audited: who authorised, received, credited or
 * replaced it, and when. Its lines are fixed once authorised; the warehouse records each line's disposition.
 */
@Entity
@Table(name = "aft_return")
@Audited
public class ReturnAuthorization extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20, updatable = false)
    private String number;

    @Column(name = "ticket_id", nullable = false, updatable = false)
    private Long ticketId;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private Long customerId;

    @Column(name = "customer_owner_id", nullable = false, updatable = false)
    private Long customerOwnerId;

    @Column(name = "order_id", nullable = false, updatable = false)
    private Long orderId;

    @Column(name = "order_number", nullable = false, length = 20, updatable = false)
    private String orderNumber;

    @Column(name = "warehouse_id", nullable = false, updatable = false)
    private Long warehouseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private ReturnReason reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private ReturnSettlement settlement;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReturnStatus status = ReturnStatus.AUTHORIZED;

    @Column(length = 1000, updatable = false)
    private String note;

    @Column(name = "received_by", length = 50)
    private String receivedBy;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Column(name = "credit_notes", length = 200)
    private String creditNotes;

    @Column(name = "replacement_order_id")
    private Long replacementOrderId;

    @Column(name = "replacement_order_number", length = 20)
    private String replacementOrderNumber;

    @Column(name = "settled_by", length = 50)
    private String settledBy;

    @Column(name = "settled_at")
    private Instant settledAt;

    @NotAudited
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "return_id", nullable = false, updatable = false)
    @OrderBy("id")
    private List<ReturnLine> lines = new ArrayList<>();

    protected ReturnAuthorization() {}

    public ReturnAuthorization(
            String number,
            Long ticketId,
            Long customerId,
            Long customerOwnerId,
            Long orderId,
            String orderNumber,
            Long warehouseId,
            ReturnReason reason,
            ReturnSettlement settlement,
            String note) {
        this.number = number;
        this.ticketId = ticketId;
        this.customerId = customerId;
        this.customerOwnerId = customerOwnerId;
        this.orderId = orderId;
        this.orderNumber = orderNumber;
        this.warehouseId = warehouseId;
        this.reason = reason;
        this.settlement = settlement;
        this.note = note;
    }

    public void add(Long orderLineId, Long productId, BigDecimal quantity) {
        lines.add(new ReturnLine(orderLineId, productId, quantity));
    }

    /** Quantities per order line. */
    public Map<Long, BigDecimal> quantities() {
        Map<Long, BigDecimal> q = new java.util.TreeMap<>();
        lines.forEach(l -> q.merge(l.getOrderLineId(), l.getQuantity(), BigDecimal::add));
        return q;
    }

    public void received(Map<Long, Disposition> dispositions, String by, Instant at) {
        lines.forEach(l -> l.receive(dispositions.get(l.getId())));
        this.receivedBy = by;
        this.receivedAt = at;
        this.status = ReturnStatus.RECEIVED;
    }

    public void credited(String creditNotes, String by, Instant at) {
        this.creditNotes = creditNotes;
        settled(by, at);
    }

    public void replaced(Long orderId, String orderNumber, String by, Instant at) {
        this.replacementOrderId = orderId;
        this.replacementOrderNumber = orderNumber;
        settled(by, at);
    }

    private void settled(String by, Instant at) {
        this.settledBy = by;
        this.settledAt = at;
        this.status = ReturnStatus.SETTLED;
    }

    public void cancel() {
        this.status = ReturnStatus.CANCELLED;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public Long getTicketId() {
        return ticketId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Long getCustomerOwnerId() {
        return customerOwnerId;
    }

    public Long getOrderId() {
        return orderId;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public Long getWarehouseId() {
        return warehouseId;
    }

    public ReturnReason getReason() {
        return reason;
    }

    public ReturnSettlement getSettlement() {
        return settlement;
    }

    public ReturnStatus getStatus() {
        return status;
    }

    public String getNote() {
        return note;
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getCreditNotes() {
        return creditNotes;
    }

    public Long getReplacementOrderId() {
        return replacementOrderId;
    }

    public String getReplacementOrderNumber() {
        return replacementOrderNumber;
    }

    public String getSettledBy() {
        return settledBy;
    }

    public Instant getSettledAt() {
        return settledAt;
    }

    public List<ReturnLine> getLines() {
        return lines;
    }
}
