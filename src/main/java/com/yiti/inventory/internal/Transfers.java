package com.yiti.inventory.internal;

import com.yiti.inventory.TransferStatus;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Transfers extends JpaRepository<Transfer, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from Transfer t where t.id = :id")
    Optional<Transfer> lock(@Param("id") Long id);

    Page<Transfer> findByStatus(TransferStatus status, Pageable pageable);

    /** Per product: shipped and not yet received, over all transfers (rows of product id, quantity). */
    @Query("select l.productId, sum(l.shippedQuantity - l.receivedQuantity) from Transfer t join t.lines l"
            + " where l.shippedQuantity > l.receivedQuantity group by l.productId")
    java.util.List<Object[]> inTransitByProduct();
}
