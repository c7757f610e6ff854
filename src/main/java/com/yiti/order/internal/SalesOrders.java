package com.yiti.order.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SalesOrders extends JpaRepository<SalesOrder, Long>, JpaSpecificationExecutor<SalesOrder> {

    /** Whoever holds this lock is the only one confirming, cancelling or shipping the order. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from SalesOrder o where o.id = :id")
    Optional<SalesOrder> lock(@Param("id") Long id);

    Optional<SalesOrder> findByClientKey(String clientKey);

    Optional<SalesOrder> findByNumber(String number);

    java.util.List<SalesOrder> findTop50ByCustomerIdAndStatusInOrderByIdDesc(
            Long customerId, java.util.Collection<com.yiti.order.OrderStatus> statuses);

    @Query("select o.id from SalesOrder o where o.number = :number")
    Optional<Long> idOfNumber(@Param("number") String number);

    org.springframework.data.domain.Page<SalesOrder> findByStatus(
            com.yiti.order.OrderStatus status, org.springframework.data.domain.Pageable pageable);

    /**
     * Locks the order's row (SELECT … FOR UPDATE) without loading the entity: safe in a transaction that read the
     * order earlier, whose copy may be older than the locked row.
     */
    @Query(value = "SELECT id FROM ord_sales_order WHERE id = :id FOR UPDATE", nativeQuery = true)
    Optional<Long> lockRow(@Param("id") Long id);

    /** An owner's orders counted by status: status, count. */
    @Query("select o.status, count(o) from SalesOrder o where o.ownerId = :ownerId and o.status in :statuses"
            + " group by o.status")
    java.util.List<Object[]> countByStatusOfOwner(
            @Param("ownerId") Long ownerId,
            @Param("statuses") java.util.Collection<com.yiti.order.OrderStatus> statuses);

    /** Id and number of these orders (a projection: nothing else is loaded). */
    @Query("select o.id, o.number from SalesOrder o where o.id in :ids")
    java.util.List<Object[]> numbersOf(@Param("ids") java.util.Collection<Long> ids);
}
