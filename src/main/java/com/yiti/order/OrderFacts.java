package com.yiti.order;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An order as the dashboards keep it: who, status, when it was confirmed, promised and delivered, its value, the value
 * still to ship (gross, pro rata per line) and how many lines wait for production or purchase.
 */
public record OrderFacts(
        long orderId,
        long customerId,
        long ownerId,
        OrderStatus status,
        LocalDate confirmedOn,
        LocalDate promisedDate,
        LocalDate deliveredOn,
        BigDecimal grossTotal,
        BigDecimal openValue,
        int waitingProduction,
        int waitingPurchase,
        java.util.Set<Long> backorderedProducts) {}
