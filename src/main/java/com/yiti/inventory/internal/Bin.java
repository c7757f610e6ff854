package com.yiti.inventory.internal;

import com.yiti.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A bin (货位) inside a warehouse: a shelf place with a code pickers walk in order (A-01-03). */
@Entity
@Table(name = "inv_bin")
@Audited
public class Bin extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "warehouse_id", nullable = false, updatable = false)
    private Long warehouseId;

    @Column(nullable = false, length = 20, updatable = false)
    private String code;

    @Column(length = 100)
    private String name;

    @Column(nullable = false)
    private boolean active = true;

    protected Bin() {}

    public Bin(Long warehouseId, String code, String name) {
        this.warehouseId = warehouseId;
        this.code = code;
        this.name = name;
    }

    public void deactivate() {
        this.active = false;
    }

    public Long getId() {
        return id;
    }

    public Long getWarehouseId() {
        return warehouseId;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }
}
