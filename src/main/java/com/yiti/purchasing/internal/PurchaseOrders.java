package com.yiti.purchasing.internal;

import com.yiti.purchasing.PurchaseOrderStatus;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PurchaseOrders extends JpaRepository<PurchaseOrder, Long> {

    Page<PurchaseOrder> findByStatusIn(Collection<PurchaseOrderStatus> statuses, Pageable pageable);

    /** By number prefix (what people type: PO-2026-0001…), through the number's unique index. */
    java.util.List<PurchaseOrder> findTop10ByNumberStartingWithOrderByIdDesc(String prefix);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from PurchaseOrder o where o.id = :id")
    Optional<PurchaseOrder> lock(@Param("id") Long id);

    /** Expected dates of these purchase order lines still to receive: line id, expected date. */
    @Query("select l.id, o.expectedDate from PurchaseOrder o join o.lines l where l.id in :lineIds"
            + " and o.status in :statuses and l.receivedQuantity < l.quantity and o.expectedDate is not null")
    java.util.List<Object[]> expectedByLine(
            @Param("lineIds") java.util.Collection<Long> lineIds,
            @Param("statuses") java.util.Collection<com.yiti.purchasing.PurchaseOrderStatus> statuses);

    /** Units received per supplier and product: rows of supplier id, product id, quantity. */
    @Query("select o.supplierId, l.productId, sum(l.receivedQuantity + l.returnedQuantity) from PurchaseOrder o"
            + " join o.lines l where l.receivedQuantity + l.returnedQuantity > 0 group by o.supplierId, l.productId")
    java.util.List<Object[]> receivedBySupplierAndProduct();

    boolean existsByApprovalNot(String approval);
}
