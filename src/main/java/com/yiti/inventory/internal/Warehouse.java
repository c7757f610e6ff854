package com.yiti.inventory.internal;

import com.yiti.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

@Entity
@Table(name = "inv_warehouse")
@Audited
public class Warehouse extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    /** Returned goods awaiting inspection: stock here is never available, reserved or counted as low. */
    @Column(nullable = false)
    private boolean quarantine;

    @Column(length = 300)
    private String address;

    /** An inactive warehouse is offered nowhere; only an empty one can be deactivated. */
    @Column(nullable = false)
    private boolean active = true;

    protected Warehouse() {}

    public Warehouse(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public Warehouse(String code, String name, boolean quarantine) {
        this(code, name);
        this.quarantine = quarantine;
    }

    public void change(String name, String address) {
        this.name = name;
        this.address = address;
    }

    public String getAddress() {
        return address;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public boolean isQuarantine() {
        return quarantine;
    }
}
