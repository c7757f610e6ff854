package com.yiti.order;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What the warehouse ships: quantities per order line, carrier and tracking number, and optionally the lots or serial
 * numbers it picked per order line (scanned); the rest is picked first expiring first.
 */
public record ShipmentData(
        Map<Long, BigDecimal> quantities,
        String carrier,
        String trackingNumber,
        Map<Long, java.util.List<String>> lots) {

    public ShipmentData(Map<Long, BigDecimal> quantities, String carrier, String trackingNumber) {
        this(quantities, carrier, trackingNumber, Map.of());
    }
}
