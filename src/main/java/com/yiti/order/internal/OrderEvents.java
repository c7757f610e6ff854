package com.yiti.order.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrderEvents extends JpaRepository<OrderEvent, Long> {

    List<OrderEvent> findByOrderIdOrderByIdAsc(Long orderId);

    List<OrderEvent> findByOrderIdAndIdGreaterThanOrderByIdAsc(Long orderId, Long afterId);

    /** The newest timeline entry of each of these orders. */
    @org.springframework.data.jpa.repository.Query("select e from OrderEvent e where e.id in"
            + " (select max(x.id) from OrderEvent x where x.orderId in :orderIds group by x.orderId)")
    List<OrderEvent> latestOf(
            @org.springframework.data.repository.query.Param("orderIds") java.util.Collection<Long> orderIds);
}
