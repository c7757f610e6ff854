package com.yiti.purchasing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

public record ReceiptView(
        long id,
        String number,
        long purchaseOrderId,
        String receivedBy,
        Instant receivedAt,
        String note,
        ReceiptKind kind,
        SupplierReturnReason reason,
        boolean fromQuarantine,
        List<Line> lines) {

    public boolean isReturn() {
        return kind == ReceiptKind.RETURN;
    }

    public record Line(long purchaseOrderLineId, String sku, BigDecimal quantity) {}
}
