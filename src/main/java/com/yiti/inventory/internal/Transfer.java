package com.yiti.inventory.internal;

import com.yiti.inventory.TransferStatus;
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
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** Stock moving from one warehouse to another; what has left the source and not yet arrived is in transit. */
@Entity
@Table(name = "inv_transfer")
@Audited
public class Transfer extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20, updatable = false)
    private String number;

    @Column(name = "from_warehouse_id", nullable = false, updatable = false)
    private Long fromWarehouseId;

    @Column(name = "to_warehouse_id", nullable = false, updatable = false)
    private Long toWarehouseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TransferStatus status = TransferStatus.REQUESTED;

    @Column(length = 500)
    private String note;

    @Column(name = "shipped_by", length = 50)
    private String shippedBy;

    @Column(name = "shipped_at")
    private Instant shippedAt;

    @NotAudited
    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "transfer_id", nullable = false, updatable = false)
    @OrderBy("id")
    private List<TransferLine> lines = new ArrayList<>();

    protected Transfer() {}

    public Transfer(String number, Long fromWarehouseId, Long toWarehouseId, String note) {
        this.number = number;
        this.fromWarehouseId = fromWarehouseId;
        this.toWarehouseId = toWarehouseId;
        this.note = note;
    }

    public void add(Long productId, BigDecimal quantity) {
        lines.add(new TransferLine(productId, quantity));
    }

    public void shipped(String by, Instant at) {
        this.shippedBy = by;
        this.shippedAt = at;
        this.status = TransferStatus.SHIPPED;
    }

    public void received() {
        boolean all = lines.stream().allMatch(l -> l.getReceivedQuantity().compareTo(l.getShippedQuantity()) >= 0);
        this.status = all ? TransferStatus.RECEIVED : TransferStatus.PARTIALLY_RECEIVED;
    }

    public void cancel() {
        this.status = TransferStatus.CANCELLED;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public Long getFromWarehouseId() {
        return fromWarehouseId;
    }

    public Long getToWarehouseId() {
        return toWarehouseId;
    }

    public TransferStatus getStatus() {
        return status;
    }

    public String getNote() {
        return note;
    }

    public String getShippedBy() {
        return shippedBy;
    }

    public Instant getShippedAt() {
        return shippedAt;
    }

    public List<TransferLine> getLines() {
        return lines;
    }
}
