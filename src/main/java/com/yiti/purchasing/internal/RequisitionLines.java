package com.yiti.purchasing.internal;

import com.yiti.purchasing.RequisitionStatus;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RequisitionLines extends JpaRepository<RequisitionLine, Long> {

    Page<RequisitionLine> findByStatus(RequisitionStatus status, Pageable pageable);

    Page<RequisitionLine> findByStatusAndProductIdIn(
            RequisitionStatus status, Collection<Long> productIds, Pageable pageable);

    List<RequisitionLine> findByOrderLineIdIn(Collection<Long> orderLineIds);

    List<RequisitionLine> findByPurchaseOrderLineIdIn(Collection<Long> purchaseOrderLineIds);
}
