package com.yiti.pricing.web;

import com.yiti.customer.CustomerTier;
import com.yiti.pricing.PriceListData;
import com.yiti.pricing.PriceListView;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A price list's header as typed. */
public class PriceListForm {

    private Long id;
    private long version;
    private String code;
    private String name;
    private String currency = "CNY";

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validFrom;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validTo;

    private CustomerTier tier;
    private Long customerId;

    static PriceListForm of(PriceListView v) {
        PriceListForm f = new PriceListForm();
        f.id = v.id();
        f.version = v.version();
        f.code = v.code();
        f.name = v.name();
        f.currency = v.currency();
        f.validFrom = v.validFrom();
        f.validTo = v.validTo();
        f.tier = v.tier();
        f.customerId = v.customerId();
        return f;
    }

    PriceListData toData() {
        return new PriceListData(code, name, currency, validFrom, validTo, tier, customerId);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public CustomerTier getTier() {
        return tier;
    }

    public void setTier(CustomerTier tier) {
        this.tier = tier;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }
}
