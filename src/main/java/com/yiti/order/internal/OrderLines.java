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

    /** Order ids of open orders in a warehouse with reserved stock to pick. */
    @Query("select distinct o.id from OrderLine l, SalesOrder o where o.id = l.orderId and o.status in :statuses"
            + " and (:warehouseId is null or o.warehouseId = :warehouseId) and l.reservedQuantity > 0"
            + " and (:number is null or o.number like :number)"
            + " order by o.id")
    List<Long> ordersToPick(
            @Param("warehouseId") Long warehouseId,
            @Param("number") String numberLike,
            @Param("statuses") Collection<OrderStatus> statuses,
            org.springframework.data.domain.Pageable pageable);

    @Query("select count(distinct o.id) from OrderLine l, SalesOrder o where o.id = l.orderId"
            + " and o.status in :statuses and (:warehouseId is null or o.warehouseId = :warehouseId)"
            + " and l.reservedQuantity > 0 and (:number is null or o.number like :number)")
    long countOrdersToPick(
            @Param("warehouseId") Long warehouseId,
            @Param("number") String numberLike,
            @Param("statuses") Collection<OrderStatus> statuses);
}
