package com.yiti.customer.internal;

import com.yiti.customer.ContactView;
import com.yiti.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "cus_contact")
@org.hibernate.envers.Audited
public class Contact extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id", nullable = false)
    private Long customerId;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(length = 100)
    private String title;

    @Column(length = 20)
    private String mobile;

    @Column(length = 30)
    private String phone;

    @Column(length = 200)
    private String email;

    @Column(name = "wechat_id", length = 50)
    private String wechatId;

    @Column(name = "is_primary", nullable = false)
    private boolean primary;

    protected Contact() {}

    public Contact(Long customerId) {
        this.customerId = customerId;
    }

    public void apply(String name, String title, String mobile, String phone, String email, String wechatId) {
        this.name = name;
        this.title = title;
        this.mobile = mobile;
        this.phone = phone;
        this.email = email;
        this.wechatId = wechatId;
    }

    public Long getId() {
        return id;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getName() {
        return name;
    }

    public String getMobile() {
        return mobile;
    }

    public boolean isPrimary() {
        return primary;
    }

    public void setPrimary(boolean primary) {
        this.primary = primary;
    }

    public ContactView toView() {
        return new ContactView(id, customerId, name, title, mobile, phone, email, wechatId, primary, getVersion());
    }
}
