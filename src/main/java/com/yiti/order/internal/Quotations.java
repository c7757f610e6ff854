package com.yiti.order.internal;

import com.yiti.order.QuotationStatus;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Quotations extends JpaRepository<Quotation, Long>, JpaSpecificationExecutor<Quotation> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select q from Quotation q where q.id = :id")
    Optional<Quotation> lock(@Param("id") Long id);

    List<Quotation> findByStatusAndValidUntilBefore(QuotationStatus status, LocalDate date);
}
