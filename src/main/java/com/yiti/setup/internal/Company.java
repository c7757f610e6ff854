package com.yiti.setup.internal;

import com.yiti.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** The company's own profile: one row, created the first time an administrator saves it. */
@Entity
@Table(name = "set_company")
@Audited
public class Company extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "legal_name_zh", nullable = false, length = 200)
    private String legalNameZh;

    @Column(name = "legal_name_en", length = 200)
    private String legalNameEn;

    @Column(name = "credit_code", length = 18)
    private String creditCode;

    @Column(length = 300)
    private String address;

    @Column(length = 40)
    private String phone;

    @Column(name = "bank_name", length = 100)
    private String bankName;

    @Column(name = "bank_account", length = 40)
    private String bankAccount;

    @Column(nullable = false, length = 3)
    private String currency = "CNY";

    public Long getId() {
        return id;
    }

    public String getLegalNameZh() {
        return legalNameZh;
    }

    public String getLegalNameEn() {
        return legalNameEn;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public String getAddress() {
        return address;
    }

    public String getPhone() {
        return phone;
    }

    public String getBankName() {
        return bankName;
    }

    public String getBankAccount() {
        return bankAccount;
    }

    public String getCurrency() {
        return currency;
    }

    public void change(
            String legalNameZh,
            String legalNameEn,
            String creditCode,
            String address,
            String phone,
            String bankName,
            String bankAccount,
            String currency) {
        this.legalNameZh = legalNameZh;
        this.legalNameEn = legalNameEn;
        this.creditCode = creditCode;
        this.address = address;
        this.phone = phone;
        this.bankName = bankName;
        this.bankAccount = bankAccount;
        this.currency = currency;
    }
}
