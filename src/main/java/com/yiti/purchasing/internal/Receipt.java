package com.yiti.purchasing.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A goods receipt against a purchase order: immutable, who and when are on it. */
@Entity
@Table(name = "pur_receipt")
public class Receipt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20, updatable = false)
    private String number;

    @Column(name = "purchase_order_id", nullable = false, updatable = false)
    private Long purchaseOrderId;

    @Column(name = "received_by", nullable = false, length = 50, updatable = false)
    private String receivedBy;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(length = 500, updatable = false)
    private String note;

    /** A receipt, or a return to the supplier (negative quantities). */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private com.yiti.purchasing.ReceiptKind kind = com.yiti.purchasing.ReceiptKind.RECEIPT;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(length = 20, updatable = false)
    private com.yiti.purchasing.SupplierReturnReason reason;

    @Column(name = "from_quarantine", nullable = false, updatable = false)
    private boolean fromQuarantine;

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "receipt_id", nullable = false, updatable = false)
    private List<ReceiptLine> lines = new ArrayList<>();

    protected Receipt() {}

    public Receipt(String number, Long purchaseOrderId, String receivedBy, Instant receivedAt, String note) {
        this.number = number;
        this.purchaseOrderId = purchaseOrderId;
        this.receivedBy = receivedBy;
        this.receivedAt = receivedAt;
        this.note = note;
    }

    /** A return to the supplier: its lines are negative receipts. */
    public static Receipt supplierReturn(
            String number,
            Long purchaseOrderId,
            String by,
            Instant at,
            String note,
            com.yiti.purchasing.SupplierReturnReason reason,
            boolean fromQuarantine) {
        Receipt r = new Receipt(number, purchaseOrderId, by, at, note);
        r.kind = com.yiti.purchasing.ReceiptKind.RETURN;
        r.reason = reason;
        r.fromQuarantine = fromQuarantine;
        return r;
    }

    public com.yiti.purchasing.ReceiptKind getKind() {
        return kind;
    }

    public com.yiti.purchasing.SupplierReturnReason getReason() {
        return reason;
    }

    public boolean isFromQuarantine() {
        return fromQuarantine;
    }

    public void add(Long purchaseOrderLineId, Long productId, BigDecimal quantity, BigDecimal unitCost) {
        lines.add(new ReceiptLine(purchaseOrderLineId, productId, quantity, unitCost));
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public Long getPurchaseOrderId() {
        return purchaseOrderId;
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getNote() {
        return note;
    }

    public List<ReceiptLine> getLines() {
        return lines;
    }
}
