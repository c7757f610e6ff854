package com.yiti.inventory.internal;

import com.yiti.inventory.MoveReason;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A lot (batch) of a product, or one serial number (a lot of one unit), with where it first came from: a supplier's
 * receipt (the supplier and purchase order named, so a trace needs no other module), production output, or stock
 * counted in. Created once, never changed; what happened to it afterwards is in its own ledger ({@link LotMove}).
 */
@Entity
@Table(name = "inv_lot")
public class Lot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "product_id", nullable = false, updatable = false)
    private Long productId;

    @Column(nullable = false, length = 60, updatable = false)
    private String number;

    @Column(nullable = false, updatable = false)
    private boolean serial;

    @Column(name = "expiry_date", updatable = false)
    private LocalDate expiryDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin_reason", nullable = false, length = 20, updatable = false)
    private MoveReason originReason;

    @Column(name = "origin_reference", length = 60, updatable = false)
    private String originReference;

    @Column(name = "supplier_id", updatable = false)
    private Long supplierId;

    @Column(name = "supplier_name", length = 200, updatable = false)
    private String supplierName;

    @Column(name = "purchase_order_number", length = 20, updatable = false)
    private String purchaseOrderNumber;

    @Column(name = "created_by", nullable = false, length = 50, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Lot() {}

    Lot(
            Long productId,
            String number,
            boolean serial,
            LocalDate expiryDate,
            MoveReason originReason,
            String originReference,
            com.yiti.inventory.LotOrigin origin,
            String createdBy,
            Instant createdAt) {
        this.productId = productId;
        this.number = number;
        this.serial = serial;
        this.expiryDate = expiryDate;
        this.originReason = originReason;
        this.originReference = originReference;
        if (origin != null) {
            this.supplierId = origin.supplierId();
            this.supplierName = origin.supplierName();
            this.purchaseOrderNumber = origin.purchaseOrderNumber();
        }
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getProductId() {
        return productId;
    }

    public String getNumber() {
        return number;
    }

    public boolean isSerial() {
        return serial;
    }

    public LocalDate getExpiryDate() {
        return expiryDate;
    }

    public MoveReason getOriginReason() {
        return originReason;
    }

    public String getOriginReference() {
        return originReference;
    }

    public Long getSupplierId() {
        return supplierId;
    }

    public String getSupplierName() {
        return supplierName;
    }

    public String getPurchaseOrderNumber() {
        return purchaseOrderNumber;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
