package com.yiti.order;

import java.math.BigDecimal;
import java.util.Map;

/** What the warehouse ships: quantities per order line, carrier and tracking number. */
public record ShipmentData(Map<Long, BigDecimal> quantities, String carrier, String trackingNumber) {}
