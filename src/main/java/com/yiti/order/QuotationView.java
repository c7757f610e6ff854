package com.yiti.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record QuotationView(
        long id,
        String number,
        long customerId,
        String customerName,
        long ownerId,
        String ownerName,
        Long opportunityId,
        long warehouseId,
        String warehouseCode,
        QuotationStatus status,
        Approval approval,
        String approvedBy,
        LocalDate validUntil,
        String note,
        BigDecimal netTotal,
        BigDecimal taxTotal,
        BigDecimal grossTotal,
        String currency,
        BigDecimal exchangeRate,
        Long orderId,
        List<LineView> lines,
        String createdBy,
        Instant createdAt,
        long version) {

    public boolean editable() {
        return status == QuotationStatus.DRAFT;
    }
}
