package com.yiti.inventory.web;

import java.math.BigDecimal;

/** "1 fromUnit = factor toUnit": the conversion form and API body. */
public class ConversionForm {

    private String fromUnit;

    private String toUnit;

    private BigDecimal factor;

    public String getFromUnit() {
        return fromUnit;
    }

    public void setFromUnit(String fromUnit) {
        this.fromUnit = fromUnit;
    }

    public String getToUnit() {
        return toUnit;
    }

    public void setToUnit(String toUnit) {
        this.toUnit = toUnit;
    }

    public BigDecimal getFactor() {
        return factor;
    }

    public void setFactor(BigDecimal factor) {
        this.factor = factor;
    }
}
