package com.yiti.finance.internal;

import com.yiti.finance.AccountPurpose;
import com.yiti.finance.AccountType;
import com.yiti.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

@Entity
@Table(name = "fin_account")
@Audited
public class Account extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 10)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(length = 30, updatable = false)
    private AccountPurpose purpose;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AccountType type;

    @Column(nullable = false)
    private boolean active = true;

    protected Account() {}

    public Account(String code, AccountPurpose purpose, String nameZh, String nameEn, AccountType type) {
        this.code = code;
        this.purpose = purpose;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.type = type;
    }

    public void apply(String code, String nameZh, String nameEn, AccountType type, boolean active) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.type = type;
        this.active = active;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public AccountPurpose getPurpose() {
        return purpose;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public AccountType getType() {
        return type;
    }

    public boolean isActive() {
        return active;
    }
}
