package com.yiti.order;

import com.yiti.shared.PublishedEvent;
import java.math.BigDecimal;
import java.util.List;

/** Goods left the warehouse: what finance invoices (shipped quantities at the order's prices). */
public record ShipmentDispatched(
        long shipmentId, String shipmentNumber, long orderId, String orderNumber, long customerId, List<Line> lines)
        implements PublishedEvent {

    @Override
    public String subject() {
        return shipmentNumber;
    }

    public record Line(long orderLineId, long productId, BigDecimal quantity) {}
}
