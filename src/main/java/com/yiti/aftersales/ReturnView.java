package com.yiti.aftersales;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

public record ReturnView(
        long id,
        String number,
        long ticketId,
        String ticketNumber,
        long customerId,
        String customerName,
        long orderId,
        String orderNumber,
        ReturnReason reason,
        ReturnSettlement settlement,
        ReturnStatus status,
        String note,
        String receivedBy,
        Instant receivedAt,
        String creditNotes,
        Long replacementOrderId,
        String replacementOrderNumber,
        String settledBy,
        Instant settledAt,
        String createdBy,
        Instant createdAt,
        long version,
        List<Line> lines) {

    public record Line(
            long id,
            long orderLineId,
            long productId,
            String sku,
            String productName,
            BigDecimal quantity,
            Disposition disposition) {}

    /** Received and waiting for finance's credit note. */
    public boolean awaitingCredit() {
        return status == ReturnStatus.RECEIVED && settlement == ReturnSettlement.CREDIT;
    }
}
