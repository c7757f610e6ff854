package com.yiti.order.internal;

import com.yiti.order.OrderStatus;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OrderLines extends JpaRepository<OrderLine, Long> {

    /**
     * Lines of open orders in a warehouse still waiting for a product (something neither reserved, shipped nor
     * cancelled), earliest promised date first: pairs of line id and order id. Ids only, so the caller reads the
     * lines after locking their order.
     */
    @Query("select l.id, o.id from OrderLine l, SalesOrder o where o.id = l.orderId and o.status in :statuses"
            + " and o.warehouseId = :warehouseId and l.productId = :productId"
            + " and l.pricing.quantity > l.reservedQuantity + l.shippedQuantity + l.cancelledQuantity"
            + " order by l.promisedDate, l.id")
    List<Object[]> waiting(
            @Param("productId") Long productId,
            @Param("warehouseId") Long warehouseId,
            @Param("statuses") Collection<OrderStatus> statuses);

    /**
     * Order ids of open orders in a warehouse with reserved stock to pick, oldest first: walks the orders in id order
     * and asks each for one reserved line (an index probe), so a page costs its rows, not every open order.
     */
    @Query(
            value = "SELECT o.id FROM ord_sales_order o WHERE o.status IN (:statuses)"
                    + " AND (:warehouseId IS NULL OR o.warehouse_id = :warehouseId)"
                    + " AND (:number IS NULL OR o.number LIKE :number)"
                    + " AND EXISTS (SELECT 1 FROM ord_order_line l WHERE l.order_id = o.id AND l.reserved_quantity > 0)"
                    + " ORDER BY o.id LIMIT :limit OFFSET :offset",
            nativeQuery = true)
    List<Long> ordersToPick(
            @Param("warehouseId") Long warehouseId,
            @Param("number") String numberLike,
            @Param("statuses") Collection<String> statuses,
            @Param("limit") int limit,
            @Param("offset") long offset);

    /** Gross amount, quantity, shipped and cancelled of the lines of a customer's orders in these states. */
    @Query("select l.pricing.grossAmount, l.pricing.quantity, l.shippedQuantity, l.cancelledQuantity, o.currency"
            + " from OrderLine l, SalesOrder o where o.id = l.orderId and o.customerId = :customerId"
            + " and o.status in :statuses")
    List<Object[]> openAmounts(
            @Param("customerId") long customerId, @Param("statuses") Collection<OrderStatus> statuses);
}
