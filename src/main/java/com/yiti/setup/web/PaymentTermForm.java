package com.yiti.setup.web;

import com.yiti.setup.PaymentTermData;
import com.yiti.setup.PaymentTermView;
import jakarta.validation.constraints.Size;

/** The payment term form and API body. */
public class PaymentTermForm {

    private Long id;

    @Size(max = 20)
    private String code;

    @Size(max = 100)
    private String nameZh;

    @Size(max = 100)
    private String nameEn;

    private Integer days = 30;

    private boolean endOfMonth;

    @Size(max = 200)
    private String instalmentPlan;

    private long version;

    static PaymentTermForm of(PaymentTermView t) {
        PaymentTermForm f = new PaymentTermForm();
        f.id = t.id();
        f.code = t.code();
        f.nameZh = t.nameZh();
        f.nameEn = t.nameEn();
        f.days = t.days();
        f.endOfMonth = t.endOfMonth();
        f.instalmentPlan = t.instalmentPlan();
        f.version = t.version();
        return f;
    }

    PaymentTermData toData() {
        return new PaymentTermData(code, nameZh, nameEn, days, endOfMonth, instalmentPlan);
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

    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days;
    }

    public boolean isEndOfMonth() {
        return endOfMonth;
    }

    public void setEndOfMonth(boolean endOfMonth) {
        this.endOfMonth = endOfMonth;
    }

    public String getInstalmentPlan() {
        return instalmentPlan;
    }

    public void setInstalmentPlan(String instalmentPlan) {
        this.instalmentPlan = instalmentPlan;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
