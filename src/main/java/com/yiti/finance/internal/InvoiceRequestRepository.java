package com.yiti.finance.internal;

import com.yiti.finance.InvoiceRequestStatus;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface InvoiceRequestRepository extends JpaRepository<InvoiceRequest, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from InvoiceRequest r where r.id = :id")
    Optional<InvoiceRequest> lock(@Param("id") Long id);

    Optional<InvoiceRequest> findByNumber(String number);

    List<InvoiceRequest> findByInvoiceIdOrderByIdDesc(Long invoiceId);

    List<InvoiceRequest> findByInstalmentIdOrderByIdDesc(Long instalmentId);

    List<InvoiceRequest> findByInstalmentIdInOrderByIdDesc(Collection<Long> instalmentIds);

    List<InvoiceRequest> findByStatusOrderByIdAsc(InvoiceRequestStatus status);

    @Query("select r from InvoiceRequest r where (:all = true or r.ownerId in :owners)"
            + " and (:status is null or r.status = :status) order by r.id desc")
    Page<InvoiceRequest> search(
            @Param("all") boolean all,
            @Param("owners") Collection<Long> owners,
            @Param("status") InvoiceRequestStatus status,
            Pageable pageable);
}
