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

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from PurchaseOrder o where o.id = :id")
    Optional<PurchaseOrder> lock(@Param("id") Long id);

    /** Units received per supplier and product: rows of supplier id, product id, quantity. */
    @Query("select o.supplierId, l.productId, sum(l.receivedQuantity) from PurchaseOrder o join o.lines l"
            + " where l.receivedQuantity > 0 group by o.supplierId, l.productId")
    java.util.List<Object[]> receivedBySupplierAndProduct();
}
