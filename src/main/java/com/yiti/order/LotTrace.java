package com.yiti.order;

import com.yiti.inventory.LotView;
import com.yiti.inventory.MoveReason;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A lot or serial number traced both ways: where it came from (the supplier's receipt and purchase order, or the
 * production order) and every move since, a shipment naming the order and the customer who got it.
 */
public record LotTrace(LotView lot, List<Step> steps) {

    public record Step(
            MoveReason reason,
            String reference,
            String warehouseCode,
            BigDecimal quantity,
            Instant at,
            Long orderId,
            String orderNumber,
            Long customerId,
            String customerName,
            Long shipmentId) {}

    /** The customers who got it, each once, in the order they got it. */
    public List<String> customers() {
        return steps.stream()
                .filter(s -> s.customerName() != null && s.quantity().signum() < 0)
                .map(Step::customerName)
                .distinct()
                .toList();
    }
}
