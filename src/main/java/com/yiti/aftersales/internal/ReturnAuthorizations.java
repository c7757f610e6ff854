package com.yiti.aftersales.internal;

import com.yiti.aftersales.ReturnReason;
import com.yiti.aftersales.ReturnStatus;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ReturnAuthorizations
        extends JpaRepository<ReturnAuthorization, Long>, JpaSpecificationExecutor<ReturnAuthorization> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from ReturnAuthorization r where r.id = :id")
    Optional<ReturnAuthorization> lock(@Param("id") Long id);

    List<ReturnAuthorization> findByTicketIdOrderByIdDesc(Long ticketId);

    /** Units returned per product for a reason, once the goods are back (received or settled). */
    @Query("select l.productId, sum(l.quantity) from ReturnAuthorization r join r.lines l"
            + " where r.reason = :reason and r.status in :statuses and l.productId in :products group by l.productId")
    List<Object[]> returnedUnits(
            @Param("reason") ReturnReason reason,
            @Param("statuses") Collection<ReturnStatus> statuses,
            @Param("products") Collection<Long> products);
}
