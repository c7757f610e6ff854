package com.yiti.purchasing.internal;

import com.yiti.purchasing.PurchaseOrderStatus;
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
@Table(name = "pur_purchase_order")
@Audited
public class PurchaseOrder extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20, updatable = false)
    private String number;

    @Column(name = "supplier_id", nullable = false)
    private Long supplierId;

    @Column(name = "warehouse_id", nullable = false, updatable = false)
    private Long warehouseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PurchaseOrderStatus status = PurchaseOrderStatus.DRAFT;

    /** NONE (not asked), PENDING, APPROVED or REJECTED by its approval flow (decision 045). */
    @Column(nullable = false, length = 10)
    private String approval = "NONE";

    @Column(name = "expected_date", nullable = false)
    private LocalDate expectedDate;

    @Column(name = "sent_at")
    private Instant sentAt;

    @NotAudited
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "purchase_order_id", nullable = false)
    @OrderBy("id")
    private List<PurchaseOrderLine> lines = new ArrayList<>();

    protected PurchaseOrder() {}

    public PurchaseOrder(String number, Long supplierId, Long warehouseId, LocalDate expectedDate) {
        this.number = number;
        this.supplierId = supplierId;
        this.warehouseId = warehouseId;
        this.expectedDate = expectedDate;
    }

    public PurchaseOrderLine addLine(Long productId, BigDecimal quantity, BigDecimal unitPrice) {
        PurchaseOrderLine line = new PurchaseOrderLine(productId, quantity, unitPrice);
        lines.add(line);
        return line;
    }

    public void send(Instant at) {
        this.status = PurchaseOrderStatus.SENT;
        this.sentAt = at;
    }

    public void cancel() {
        this.status = PurchaseOrderStatus.CANCELLED;
    }

    public void received() {
        boolean all = lines.stream().allMatch(l -> l.getReceivedQuantity().compareTo(l.getQuantity()) >= 0);
        this.status = all ? PurchaseOrderStatus.RECEIVED : PurchaseOrderStatus.PARTIALLY_RECEIVED;
    }

    public void changeExpectedDate(LocalDate expectedDate) {
        this.expectedDate = expectedDate;
    }

    public String getApproval() {
        return approval;
    }

    public void approval(String state) {
        this.approval = state;
    }

    public BigDecimal total() {
        return lines.stream()
                .map(l -> l.getQuantity().multiply(l.getUnitPrice()).setScale(2, java.math.RoundingMode.HALF_UP))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
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

    public Long getWarehouseId() {
        return warehouseId;
    }

    public PurchaseOrderStatus getStatus() {
        return status;
    }

    public LocalDate getExpectedDate() {
        return expectedDate;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public List<PurchaseOrderLine> getLines() {
        return lines;
    }
}
