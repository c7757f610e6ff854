package com.yiti.customer.internal;

import com.yiti.customer.InvoiceType;
import com.yiti.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A customer's invoicing data (开票信息), one row per customer, audited. */
@Entity
@Table(name = "cus_invoice_details")
@Audited
public class InvoiceDetails extends AuditedEntity {

    @Id
    @Column(name = "customer_id")
    private Long customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "invoice_type", nullable = false, length = 10)
    private InvoiceType invoiceType;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "tax_number", nullable = false, length = 20)
    private String taxNumber;

    @Column(name = "address_phone", length = 200)
    private String addressPhone;

    @Column(name = "bank_name", length = 100)
    private String bankName;

    @Column(name = "bank_account", length = 40)
    private String bankAccount;

    protected InvoiceDetails() {}

    public InvoiceDetails(Long customerId) {
        this.customerId = customerId;
    }

    public void change(
            InvoiceType invoiceType,
            String title,
            String taxNumber,
            String addressPhone,
            String bankName,
            String bankAccount) {
        this.invoiceType = invoiceType;
        this.title = title;
        this.taxNumber = taxNumber;
        this.addressPhone = addressPhone;
        this.bankName = bankName;
        this.bankAccount = bankAccount;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public InvoiceType getInvoiceType() {
        return invoiceType;
    }

    public String getTitle() {
        return title;
    }

    public String getTaxNumber() {
        return taxNumber;
    }

    public String getAddressPhone() {
        return addressPhone;
    }

    public String getBankName() {
        return bankName;
    }

    public String getBankAccount() {
        return bankAccount;
    }
}
