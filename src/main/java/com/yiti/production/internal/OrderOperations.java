package com.yiti.production.internal;

import com.yiti.production.OperationStatus;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OrderOperations extends JpaRepository<OrderOperation, Long> {

    List<OrderOperation> findByProductionOrderIdOrderBySeq(Long productionOrderId);

    @Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from OrderOperation o where o.id = :id")
    Optional<OrderOperation> lock(@Param("id") Long id);

    @Query(
            "select o from OrderOperation o where o.status in :statuses and (:centre is null or o.workCentreId = :centre)")
    Page<OrderOperation> open(
            @Param("statuses") Collection<OperationStatus> statuses,
            @Param("centre") Long workCentreId,
            Pageable pageable);
}
