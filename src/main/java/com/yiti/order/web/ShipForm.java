package com.yiti.order.web;

import com.yiti.shared.Limits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Quantities to ship per order line ({@code quantities[lineId]}), carrier and tracking number. */
public class ShipForm {

    private Map<Long, @Limits.Quantity BigDecimal> quantities = new LinkedHashMap<>();

    @Size(max = 100)
    private String carrier;

    @Size(max = 100)
    private String trackingNumber;

    public Map<Long, BigDecimal> getQuantities() {
        return quantities;
    }

    public void setQuantities(Map<Long, BigDecimal> quantities) {
        this.quantities = quantities;
    }

    public String getCarrier() {
        return carrier;
    }

    public void setCarrier(String carrier) {
        this.carrier = carrier;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public void setTrackingNumber(String trackingNumber) {
        this.trackingNumber = trackingNumber;
    }
}
