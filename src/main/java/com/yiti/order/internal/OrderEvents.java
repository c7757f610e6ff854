package com.yiti.order.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrderEvents extends JpaRepository<OrderEvent, Long> {

    List<OrderEvent> findByOrderIdOrderByIdAsc(Long orderId);

    List<OrderEvent> findByOrderIdAndIdGreaterThanOrderByIdAsc(Long orderId, Long afterId);
}
