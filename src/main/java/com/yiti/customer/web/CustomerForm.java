package com.yiti.customer.web;

import com.yiti.customer.CustomerData;
import com.yiti.customer.CustomerStatus;
import com.yiti.customer.CustomerTier;
import com.yiti.customer.CustomerView;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The customer form, and the JSON body of the API's create and update. */
public class CustomerForm {

    @NotBlank
    @Size(max = 200)
    private String name;

    @Size(max = 18)
    private String creditCode;

    @Size(max = 100)
    private String industry;

    private CustomerTier tier;

    @Size(max = 100)
    private String region;

    @Size(max = 500)
    private String address;

    @Size(max = 200)
    private String website;

    private Long ownerId;

    @Size(max = 500)
    private String tags;

    @Min(0)
    @Max(365)
    private Integer paymentTermsDays = 30;

    @Size(min = 3, max = 3)
    private String currency = "CNY";

    private String documentLanguage;

    private String code;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getDocumentLanguage() {
        return documentLanguage;
    }

    public void setDocumentLanguage(String documentLanguage) {
        this.documentLanguage = documentLanguage;
    }

    private CustomerStatus status = CustomerStatus.PROSPECT;

    private long version;

    /** Set after the user has seen possible duplicates and wants a new customer anyway. */
    private boolean duplicateConfirmed;

    static CustomerForm of(CustomerView c) {
        CustomerForm f = new CustomerForm();
        f.name = c.name();
        f.creditCode = c.creditCode();
        f.industry = c.industry();
        f.tier = c.tier();
        f.region = c.region();
        f.address = c.address();
        f.website = c.website();
        f.ownerId = c.ownerId();
        f.tags = c.tags();
        f.paymentTermsDays = c.paymentTermsDays();
        f.currency = c.currency();
        f.documentLanguage = c.documentLanguage();
        f.code = c.code();
        f.status = c.status();
        f.version = c.version();
        return f;
    }

    CustomerData toData() {
        return new CustomerData(
                name,
                creditCode,
                industry,
                tier,
                region,
                address,
                website,
                ownerId,
                tags,
                paymentTermsDays,
                currency,
                status,
                documentLanguage == null ? "" : documentLanguage,
                code);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = industry;
    }

    public CustomerTier getTier() {
        return tier;
    }

    public void setTier(CustomerTier tier) {
        this.tier = tier;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public Integer getPaymentTermsDays() {
        return paymentTermsDays;
    }

    public void setPaymentTermsDays(Integer paymentTermsDays) {
        this.paymentTermsDays = paymentTermsDays;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public CustomerStatus getStatus() {
        return status;
    }

    public void setStatus(CustomerStatus status) {
        this.status = status;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public boolean isDuplicateConfirmed() {
        return duplicateConfirmed;
    }

    public void setDuplicateConfirmed(boolean duplicateConfirmed) {
        this.duplicateConfirmed = duplicateConfirmed;
    }
}
