package com.yiti.contract.web;

import com.yiti.contract.ContractData;
import com.yiti.contract.ContractView;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A contract's terms as typed. */
public class ContractForm {

    private long version;
    private Long customerId;
    private String title;
    private String currency;
    private BigDecimal value;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validFrom;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validTo;

    private String terms;

    static ContractForm of(ContractView v) {
        ContractForm f = new ContractForm();
        f.version = v.version();
        f.customerId = v.customerId();
        f.title = v.title();
        f.currency = v.currency();
        f.value = v.value();
        f.validFrom = v.validFrom();
        f.validTo = v.validTo();
        f.terms = v.terms();
        return f;
    }

    ContractData toData() {
        return new ContractData(customerId, title, currency, value, validFrom, validTo, terms);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
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

    public String getTerms() {
        return terms;
    }

    public void setTerms(String terms) {
        this.terms = terms;
    }
}
