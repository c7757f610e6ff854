package com.yiti.purchasing.web;

import com.yiti.shared.Limits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Quantities received per purchase order line ({@code quantities[lineId]}) and a note. */
public class ReceiveForm {

    private Map<Long, @Limits.Quantity BigDecimal> quantities = new LinkedHashMap<>();

    @Size(max = 500)
    private String note;

    public Map<Long, BigDecimal> getQuantities() {
        return quantities;
    }

    public void setQuantities(Map<Long, BigDecimal> quantities) {
        this.quantities = quantities;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
