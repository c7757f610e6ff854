package com.yiti.customer.internal;

import com.yiti.customer.CustomerStatus;
import com.yiti.customer.CustomerTier;
import com.yiti.shared.AuditedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

@Entity
@Table(name = "cus_customer")
@Audited
public class Customer extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 30)
    private String code;

    @Column(name = "normalized_name", nullable = false, length = 200)
    private String normalizedName;

    @Column(name = "credit_code", length = 18, columnDefinition = "char(18)")
    private String creditCode;

    @Column(length = 100)
    private String industry;

    @Enumerated(EnumType.STRING)
    @Column(length = 1)
    private CustomerTier tier;

    @Column(length = 100)
    private String region;

    @Column(length = 500)
    private String address;

    @Column(length = 200)
    private String website;

    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    @Column(length = 500)
    private String tags;

    @Column(name = "payment_terms_days", nullable = false)
    private int paymentTermsDays = 30;

    /** The payment term by code (月结, instalments), or null for plain days after the invoice. */
    @Column(name = "payment_term_code", length = 20)
    private String paymentTermCode;

    /** The language of the customer's printed documents: zh or en (null: Chinese). */
    @Column(name = "document_language", length = 5)
    private String documentLanguage;

    public String getDocumentLanguage() {
        return documentLanguage;
    }

    public void setDocumentLanguage(String documentLanguage) {
        this.documentLanguage = documentLanguage;
    }

    @Column(nullable = false, length = 3, columnDefinition = "char(3)")
    private String currency = "CNY";

    @Column(name = "credit_limit", precision = 19, scale = 2)
    private BigDecimal creditLimit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CustomerStatus status = CustomerStatus.PROSPECT;

    /**
     * The pairs of neighbouring letters of the name, the tags and the credit code ({@link CustomerNames#grams}): the
     * index the customer search narrows by (decision 030). Kept with every change of those three; not audited.
     */
    @ElementCollection
    @CollectionTable(name = "cus_customer_gram", joinColumns = @JoinColumn(name = "customer_id"))
    @Column(name = "gram", nullable = false, length = 8)
    @NotAudited
    private Set<String> grams = new HashSet<>();

    /** 1 once the grams are kept (customers from before them are indexed by {@code CustomerSearchIndex}). */
    @Column(name = "grams_version", nullable = false)
    @NotAudited
    private int gramsVersion;

    protected Customer() {}

    public Customer(String name, Long ownerId) {
        rename(name);
        this.ownerId = ownerId;
    }

    public void rename(String name) {
        boolean changed = !java.util.Objects.equals(this.name, name);
        this.name = name;
        this.normalizedName = CustomerNames.normalize(name);
        if (changed) {
            indexForSearch();
        }
    }

    /** Recomputes the search grams from the name, the tags and the credit code (only the difference is written). */
    private void indexForSearch() {
        Set<String> now = CustomerNames.grams(name, tags, creditCode);
        grams.retainAll(now);
        grams.addAll(now);
        gramsVersion = 1;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNormalizedName() {
        return normalizedName;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        boolean changed = !java.util.Objects.equals(this.creditCode, creditCode);
        this.creditCode = creditCode;
        if (changed) {
            indexForSearch();
        }
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
        boolean changed = !java.util.Objects.equals(this.tags, tags);
        this.tags = tags;
        if (changed) {
            indexForSearch();
        }
    }

    public int getPaymentTermsDays() {
        return paymentTermsDays;
    }

    public String getPaymentTermCode() {
        return paymentTermCode;
    }

    public void setPaymentTermCode(String paymentTermCode) {
        this.paymentTermCode = paymentTermCode;
    }

    public void setPaymentTermsDays(int paymentTermsDays) {
        this.paymentTermsDays = paymentTermsDays;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public BigDecimal getCreditLimit() {
        return creditLimit;
    }

    public void setCreditLimit(BigDecimal creditLimit) {
        this.creditLimit = creditLimit;
    }

    public CustomerStatus getStatus() {
        return status;
    }

    public void setStatus(CustomerStatus status) {
        this.status = status;
    }
}
