package com.yiti.production.internal;

import com.yiti.production.ProductionOrderStatus;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ProductionOrders extends JpaRepository<ProductionOrder, Long> {

    Page<ProductionOrder> findByStatus(ProductionOrderStatus status, Pageable pageable);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from ProductionOrder o where o.id = :id")
    Optional<ProductionOrder> lock(@Param("id") Long id);

    java.util.List<ProductionOrder> findByStatusIn(
            java.util.Collection<com.yiti.production.ProductionOrderStatus> statuses);

    java.util.List<ProductionOrder> findByProductIdAndStatusInOrderByDueDate(
            Long productId, java.util.Collection<com.yiti.production.ProductionOrderStatus> statuses);

    java.util.List<ProductionOrder> findByStatusAndCompletedAtBetween(
            com.yiti.production.ProductionOrderStatus status, java.time.Instant from, java.time.Instant to);
}
