package com.yiti.finance.internal;

import com.yiti.finance.SupplierDebitNoteStatus;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SupplierDebitNotes extends JpaRepository<SupplierDebitNote, Long> {

    @Query("select n from SupplierDebitNote n where (:status is null or n.status = :status)"
            + " and (:supplierId is null or n.supplierId = :supplierId)")
    Page<SupplierDebitNote> search(
            @Param("status") SupplierDebitNoteStatus status, @Param("supplierId") Long supplierId, Pageable pageable);

    /** A supplier's debit notes still to set off, oldest first, locked: two postings never apply the same credit. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select n from SupplierDebitNote n where n.supplierId = :supplierId"
            + " and n.status = com.yiti.finance.SupplierDebitNoteStatus.OPEN order by n.id")
    List<SupplierDebitNote> openOf(@Param("supplierId") Long supplierId);

    /** Per purchase order line of one order: debited quantity, and goods received not invoiced given back. */
    @Query("select l.purchaseOrderLineId, sum(l.quantity), sum(l.grniAmount) from SupplierDebitNote n join n.lines l"
            + " where n.purchaseOrderId = :po group by l.purchaseOrderLineId")
    List<Object[]> debitedByLine(@Param("po") Long purchaseOrderId);

    @Query("select coalesce(sum(n.grossAmount - n.appliedAmount), 0) from SupplierDebitNote n")
    BigDecimal unappliedTotal();

    @Query("select coalesce(sum(n.grniAmount), 0) from SupplierDebitNote n")
    BigDecimal grniGivenBack();

    List<SupplierDebitNote> findByPurchaseOrderIdOrderById(Long purchaseOrderId);

    List<SupplierDebitNote> findByStatus(SupplierDebitNoteStatus status);

    List<SupplierDebitNote> findBySupplierIdAndNoteDateLessThanEqual(Long supplierId, java.time.LocalDate until);
}
