package com.yiti.setup.web;

import com.yiti.setup.CompanyData;
import com.yiti.setup.CompanyView;
import jakarta.validation.constraints.Size;

/** The company profile form and API body. */
public class CompanyForm {

    @Size(max = 200)
    private String legalNameZh;

    @Size(max = 200)
    private String legalNameEn;

    @Size(max = 18)
    private String creditCode;

    @Size(max = 300)
    private String address;

    @Size(max = 40)
    private String phone;

    @Size(max = 100)
    private String bankName;

    @Size(max = 40)
    private String bankAccount;

    @Size(max = 3)
    private String currency = "CNY";

    private long version;

    static CompanyForm of(CompanyView c) {
        CompanyForm f = new CompanyForm();
        f.legalNameZh = c.legalNameZh();
        f.legalNameEn = c.legalNameEn();
        f.creditCode = c.creditCode();
        f.address = c.address();
        f.phone = c.phone();
        f.bankName = c.bankName();
        f.bankAccount = c.bankAccount();
        f.currency = c.currency();
        f.version = c.version();
        return f;
    }

    CompanyData toData() {
        return new CompanyData(legalNameZh, legalNameEn, creditCode, address, phone, bankName, bankAccount, currency);
    }

    public String getLegalNameZh() {
        return legalNameZh;
    }

    public void setLegalNameZh(String legalNameZh) {
        this.legalNameZh = legalNameZh;
    }

    public String getLegalNameEn() {
        return legalNameEn;
    }

    public void setLegalNameEn(String legalNameEn) {
        this.legalNameEn = legalNameEn;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getBankName() {
        return bankName;
    }

    public void setBankName(String bankName) {
        this.bankName = bankName;
    }

    public String getBankAccount() {
        return bankAccount;
    }

    public void setBankAccount(String bankAccount) {
        this.bankAccount = bankAccount;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
