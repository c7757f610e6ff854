package com.yiti.order.internal;

import com.yiti.order.ShipmentStatus;
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
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

@Entity
@Table(name = "ord_shipment")
@Audited
public class Shipment extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20, updatable = false)
    private String number;

    @Column(name = "order_id", nullable = false, updatable = false)
    private Long orderId;

    @Column(name = "warehouse_id", nullable = false, updatable = false)
    private Long warehouseId;

    @Column(length = 100)
    private String carrier;

    @Column(name = "tracking_number", length = 100)
    private String trackingNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ShipmentStatus status = ShipmentStatus.DISPATCHED;

    @Column(name = "dispatched_at", nullable = false, updatable = false)
    private Instant dispatchedAt;

    @Column(name = "dispatched_by", nullable = false, length = 50, updatable = false)
    private String dispatchedBy;

    @Column(name = "delivered_on")
    private LocalDate deliveredOn;

    /**
     * Written only by finance's bookkeeping ({@link Shipments#markInvoiced}), never by saving the shipment: a shipment
     * loaded before its invoice and saved after (delivered) must not write its stale empty value back.
     */
    @Column(name = "invoiced_at", insertable = false, updatable = false)
    private Instant invoicedAt;

    @NotAudited
    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "shipment_id", nullable = false, updatable = false)
    private List<ShipmentLine> lines = new ArrayList<>();

    protected Shipment() {}

    public Shipment(
            String number,
            Long orderId,
            Long warehouseId,
            String carrier,
            String trackingNumber,
            String dispatchedBy,
            Instant dispatchedAt) {
        this.number = number;
        this.orderId = orderId;
        this.warehouseId = warehouseId;
        this.carrier = carrier;
        this.trackingNumber = trackingNumber;
        this.dispatchedBy = dispatchedBy;
        this.dispatchedAt = dispatchedAt;
    }

    public void add(Long orderLineId, Long productId, BigDecimal quantity) {
        lines.add(new ShipmentLine(orderLineId, productId, quantity));
    }

    public void delivered(LocalDate on) {
        this.status = ShipmentStatus.DELIVERED;
        this.deliveredOn = on;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public Long getOrderId() {
        return orderId;
    }

    public Long getWarehouseId() {
        return warehouseId;
    }

    public String getCarrier() {
        return carrier;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public ShipmentStatus getStatus() {
        return status;
    }

    public Instant getDispatchedAt() {
        return dispatchedAt;
    }

    public String getDispatchedBy() {
        return dispatchedBy;
    }

    public LocalDate getDeliveredOn() {
        return deliveredOn;
    }

    public List<ShipmentLine> getLines() {
        return lines;
    }
}
