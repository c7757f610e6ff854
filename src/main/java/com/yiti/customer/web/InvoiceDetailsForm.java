package com.yiti.customer.web;

import com.yiti.customer.InvoiceDetailsData;
import com.yiti.customer.InvoiceType;

/** A customer's invoicing data (开票信息) as typed. */
public class InvoiceDetailsForm {

    private Long version;
    private InvoiceType invoiceType = InvoiceType.SPECIAL;
    private String title;
    private String taxNumber;
    private String addressPhone;
    private String bankName;
    private String bankAccount;

    InvoiceDetailsData toData() {
        return new InvoiceDetailsData(invoiceType, title, taxNumber, addressPhone, bankName, bankAccount);
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public InvoiceType getInvoiceType() {
        return invoiceType;
    }

    public void setInvoiceType(InvoiceType invoiceType) {
        this.invoiceType = invoiceType;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getTaxNumber() {
        return taxNumber;
    }

    public void setTaxNumber(String taxNumber) {
        this.taxNumber = taxNumber;
    }

    public String getAddressPhone() {
        return addressPhone;
    }

    public void setAddressPhone(String addressPhone) {
        this.addressPhone = addressPhone;
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
}
