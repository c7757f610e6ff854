package com.yiti.order.web;

import com.yiti.order.QuotationData;
import com.yiti.order.QuotationView;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

public class QuotationForm {

    @NotNull
    private Long customerId;

    private Long opportunityId;

    @NotNull
    private Long warehouseId;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validUntil;

    @Size(max = 1000)
    private String note;

    private long version;

    static QuotationForm of(QuotationView q) {
        QuotationForm f = new QuotationForm();
        f.customerId = q.customerId();
        f.opportunityId = q.opportunityId();
        f.warehouseId = q.warehouseId();
        f.validUntil = q.validUntil();
        f.note = q.note();
        f.version = q.version();
        return f;
    }

    QuotationData toData() {
        return new QuotationData(customerId, opportunityId, warehouseId, validUntil, note);
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public Long getOpportunityId() {
        return opportunityId;
    }

    public void setOpportunityId(Long opportunityId) {
        this.opportunityId = opportunityId;
    }

    public Long getWarehouseId() {
        return warehouseId;
    }

    public void setWarehouseId(Long warehouseId) {
        this.warehouseId = warehouseId;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
