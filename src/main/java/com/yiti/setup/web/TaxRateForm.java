package com.yiti.setup.web;

import com.yiti.setup.TaxRateData;
import com.yiti.setup.TaxRateView;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The tax rate form and API body: the rate in percent (13 for 13 %). */
public class TaxRateForm {

    private Long id;

    @Size(max = 20)
    private String code;

    @Size(max = 100)
    private String nameZh;

    @Size(max = 100)
    private String nameEn;

    private BigDecimal percent;

    @org.springframework.format.annotation.DateTimeFormat(
            iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
    private LocalDate validFrom;

    private long version;

    static TaxRateForm of(TaxRateView r) {
        TaxRateForm f = new TaxRateForm();
        f.id = r.id();
        f.code = r.code();
        f.nameZh = r.nameZh();
        f.nameEn = r.nameEn();
        f.percent = r.percent();
        f.validFrom = r.validFrom();
        f.version = r.version();
        return f;
    }

    TaxRateData toData() {
        return new TaxRateData(code, nameZh, nameEn, percent, validFrom);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public BigDecimal getPercent() {
        return percent;
    }

    public void setPercent(BigDecimal percent) {
        this.percent = percent;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
