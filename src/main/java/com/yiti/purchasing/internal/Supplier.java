package com.yiti.purchasing.internal;

import com.yiti.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "pur_supplier")
public class Supplier extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "contact_name", length = 100)
    private String contactName;

    @Column(length = 40)
    private String phone;

    @Column(length = 200)
    private String email;

    @Column(name = "lead_time_days", nullable = false)
    private int leadTimeDays;

    @Column(nullable = false)
    private boolean active = true;

    public void apply(String name, String contactName, String phone, String email, int leadTimeDays, boolean active) {
        this.name = name;
        this.contactName = contactName;
        this.phone = phone;
        this.email = email;
        this.leadTimeDays = leadTimeDays;
        this.active = active;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getContactName() {
        return contactName;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public int getLeadTimeDays() {
        return leadTimeDays;
    }

    public boolean isActive() {
        return active;
    }
}
