package com.yiti.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record OrderView(
        long id,
        String number,
        long customerId,
        String customerName,
        long ownerId,
        String ownerName,
        Long quotationId,
        Long opportunityId,
        long warehouseId,
        String warehouseCode,
        OrderStatus status,
        String customerReference,
        String note,
        LocalDate promisedDate,
        String holdReason,
        BigDecimal netTotal,
        BigDecimal taxTotal,
        BigDecimal grossTotal,
        Instant confirmedAt,
        Instant cancelledAt,
        String cancelReason,
        List<LineView> lines,
        String createdBy,
        Instant createdAt,
        long version) {

    public boolean editable() {
        return status == OrderStatus.DRAFT;
    }

    public boolean cancellable() {
        return status == OrderStatus.DRAFT || status == OrderStatus.CREDIT_HOLD || status.open();
    }

    /** Lines reserved in full (or shipped), of the stocked lines: the "x of y" of the status. */
    public long linesCovered() {
        return lines.stream()
                .filter(l -> l.supply() != LineSupply.SERVICE)
                .filter(l -> l.backorderQuantity().signum() == 0)
                .count();
    }

    public long stockedLines() {
        return lines.stream().filter(l -> l.supply() != LineSupply.SERVICE).count();
    }
}
