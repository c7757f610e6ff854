package com.yiti.order.internal;

import com.yiti.order.ShipmentStatus;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Shipments extends JpaRepository<Shipment, Long> {

    List<Shipment> findByOrderIdOrderByIdAsc(Long orderId);

    long countByDispatchedAtGreaterThanEqualAndDispatchedAtLessThan(java.time.Instant from, java.time.Instant to);

    @Query("select s from Shipment s where (:warehouseId is null or s.warehouseId = :warehouseId)"
            + " and (:status is null or s.status = :status)")
    Page<Shipment> search(
            @Param("warehouseId") Long warehouseId, @Param("status") ShipmentStatus status, Pageable pageable);
}
