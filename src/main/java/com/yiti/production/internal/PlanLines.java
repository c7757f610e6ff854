package com.yiti.production.internal;

import com.yiti.production.PlanLineStatus;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanLines extends JpaRepository<PlanLine, Long> {

    List<PlanLine> findByStatusOrderByProductIdAscNeedByAsc(PlanLineStatus status);

    Page<PlanLine> findByStatusIn(Collection<PlanLineStatus> statuses, Pageable pageable);

    List<PlanLine> findByOrderLineIdIn(Collection<Long> orderLineIds);

    List<PlanLine> findByProductionOrderIdOrderByNeedByAsc(Long productionOrderId);
}
