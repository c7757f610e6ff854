package com.yiti.production.spi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Purchasing as material planning sees it (decision 042). */
public interface PurchaseSupply {

    /** A quantity on its way: a purchase order line not yet received, or a requisition waiting for an order. */
    record OpenSupply(long productId, long warehouseId, BigDecimal quantity, LocalDate date, String reference) {}

    /** A customer's order line waiting for a bought product (the requisition its confirmation raised). */
    record OrderDemand(
            long productId,
            long warehouseId,
            BigDecimal quantity,
            LocalDate needBy,
            String orderNumber,
            Long orderLineId) {}

    /** The requisition a firmed proposal became. */
    record Placed(long id, String reference) {}

    List<OpenSupply> openSupply();

    /** The same, of some products only (a promise checks a bill's components). */
    List<OpenSupply> openSupplyOf(java.util.Collection<Long> productIds);

    List<OrderDemand> orderDemand();

    /** Raises a requisition for a firmed proposal, in the caller's transaction. */
    Placed requisition(long productId, long warehouseId, BigDecimal quantity, LocalDate needBy);
}
