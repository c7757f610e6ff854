package com.yiti.finance.internal;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SupplierPayments extends JpaRepository<SupplierPayment, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from SupplierPayment p where p.id = :id")
    Optional<SupplierPayment> lock(@Param("id") Long id);

    Page<SupplierPayment> findBySupplierId(Long supplierId, Pageable pageable);

    @Query("select p from SupplierPayment p where p.allocated < p.amount")
    List<SupplierPayment> unallocated();

    @Query("select p from SupplierPayment p where p.supplierId = :supplierId and p.paymentDate <= :until"
            + " order by p.paymentDate, p.id")
    List<SupplierPayment> of(@Param("supplierId") Long supplierId, @Param("until") LocalDate until);

    @Query("select coalesce(sum(p.amount - p.allocated), 0) from SupplierPayment p")
    java.math.BigDecimal unallocatedTotal();
}
