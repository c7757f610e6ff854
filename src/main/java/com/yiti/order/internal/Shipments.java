package com.yiti.order.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Shipments
        extends JpaRepository<Shipment, Long>,
                org.springframework.data.jpa.repository.JpaSpecificationExecutor<Shipment> {

    List<Shipment> findByOrderIdOrderByIdAsc(Long orderId);

    List<Shipment> findByNumberIn(java.util.Collection<String> numbers);

    long countByDispatchedAtGreaterThanEqualAndDispatchedAtLessThan(java.time.Instant from, java.time.Instant to);

    /**
     * Shipped but not yet invoiced, of a customer's orders: quantity, the line's gross amount and quantity (to price
     * the shipped part pro rata).
     */
    @Query("select sl.quantity, l.pricing.grossAmount, l.pricing.quantity, o.currency from Shipment s join s.lines sl,"
            + " OrderLine l, SalesOrder o where s.invoicedAt is null and l.id = sl.orderLineId and o.id = s.orderId"
            + " and o.customerId = :customerId")
    List<Object[]> uninvoiced(@Param("customerId") Long customerId);

    boolean existsByOrderIdAndInvoicedAtIsNull(Long orderId);

    /**
     * Finance's bookkeeping on the shipment, not an edit of it: no version change, so the warehouse's open screen
     * (mark delivered) is not refused because an invoice was written meanwhile.
     */
    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true)
    @Query(
            "update Shipment s set s.invoicedAt = :at where s.id = :id and s.orderId = :orderId and s.invoicedAt is null")
    int markInvoiced(@Param("id") Long id, @Param("orderId") Long orderId, @Param("at") java.time.Instant at);
}
