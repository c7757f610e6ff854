package com.yiti.production;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A work order's operation as the shop floor reports it. */
public record OperationView(
        long id,
        long productionOrderId,
        String orderNumber,
        String sku,
        LocalDate dueDate,
        int seq,
        long workCentreId,
        String workCentreCode,
        String description,
        BigDecimal plannedHours,
        OperationStatus status,
        Instant startedAt,
        Instant doneAt,
        BigDecimal hours,
        BigDecimal goodQuantity,
        BigDecimal scrappedQuantity,
        ScrapReason scrapReason,
        String reportedBy,
        BigDecimal orderQuantity,
        long version) {}
