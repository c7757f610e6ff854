package com.yiti.purchasing.web;

import com.yiti.purchasing.SupplierReturnReason;
import com.yiti.shared.Limits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Goods sent back to the supplier: quantities per purchase order line, why, from where, and a note. */
public class ReturnForm {

    private Map<Long, @Limits.Quantity BigDecimal> quantities = new LinkedHashMap<>();

    @NotNull
    private SupplierReturnReason reason;

    private boolean fromQuarantine;

    @Size(max = 500)
    private String note;

    public Map<Long, BigDecimal> getQuantities() {
        return quantities;
    }

    public void setQuantities(Map<Long, BigDecimal> quantities) {
        this.quantities = quantities;
    }

    public SupplierReturnReason getReason() {
        return reason;
    }

    public void setReason(SupplierReturnReason reason) {
        this.reason = reason;
    }

    public boolean isFromQuarantine() {
        return fromQuarantine;
    }

    public void setFromQuarantine(boolean fromQuarantine) {
        this.fromQuarantine = fromQuarantine;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
