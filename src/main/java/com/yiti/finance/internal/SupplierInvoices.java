package com.yiti.finance.internal;

import com.yiti.finance.SupplierInvoiceStatus;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SupplierInvoices extends JpaRepository<SupplierInvoice, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from SupplierInvoice i where i.id = :id")
    Optional<SupplierInvoice> lock(@Param("id") Long id);

    @Query("select i from SupplierInvoice i where (:status is null or i.status = :status)"
            + " and (:supplierId is null or i.supplierId = :supplierId)")
    Page<SupplierInvoice> search(
            @Param("status") SupplierInvoiceStatus status, @Param("supplierId") Long supplierId, Pageable pageable);

    /** Per purchase order line, over posted invoices: line id, quantity, net amount, VAT rate, GRNI cleared. */
    @Query("select l.purchaseOrderLineId, sum(l.quantity), sum(l.netAmount), max(l.taxRate),"
            + " sum(coalesce(l.grniAmount, 0)) from SupplierInvoice i join i.lines l where i.purchaseOrderId = :po"
            + " and i.status in :statuses group by l.purchaseOrderLineId")
    List<Object[]> invoicedAmountsByLine(
            @Param("po") Long purchaseOrderId, @Param("statuses") Collection<SupplierInvoiceStatus> statuses);

    /** Goods received not invoiced cleared by every posted supplier invoice. */
    @Query("select coalesce(sum(i.grniAmount), 0) from SupplierInvoice i where i.status in"
            + " (com.yiti.finance.SupplierInvoiceStatus.OPEN, com.yiti.finance.SupplierInvoiceStatus.PAID)")
    java.math.BigDecimal grniCleared();

    /** The supplier's own invoice number, among invoices not cancelled (entered twice = paid twice). */
    @Query("select count(i) > 0 from SupplierInvoice i where i.supplierId = :supplierId"
            + " and i.supplierReference = :reference and i.status <> com.yiti.finance.SupplierInvoiceStatus.CANCELLED")
    boolean referenceTaken(@Param("supplierId") Long supplierId, @Param("reference") String reference);

    /** Per purchase order line: quantity on invoices of these statuses (other than one), and goods-received cleared. */
    @Query("select l.purchaseOrderLineId, sum(l.quantity), sum(coalesce(l.grniAmount, 0)) from SupplierInvoice i"
            + " join i.lines l where i.purchaseOrderId = :po and i.status in :statuses and i.id <> :except"
            + " group by l.purchaseOrderLineId")
    List<Object[]> invoicedByLine(
            @Param("po") Long purchaseOrderId,
            @Param("statuses") Collection<SupplierInvoiceStatus> statuses,
            @Param("except") Long exceptInvoiceId);

    /** Open invoices of a supplier, oldest due first (what a payment settles first). */
    @Query("select i from SupplierInvoice i where i.supplierId = :supplierId"
            + " and i.status = com.yiti.finance.SupplierInvoiceStatus.OPEN order by i.dueDate, i.id")
    List<SupplierInvoice> openOf(@Param("supplierId") Long supplierId);

    @Query("select i from SupplierInvoice i where i.status = com.yiti.finance.SupplierInvoiceStatus.OPEN")
    List<SupplierInvoice> allOpen();

    @Query("select i from SupplierInvoice i where i.status = com.yiti.finance.SupplierInvoiceStatus.OPEN"
            + " and i.dueDate <= :until order by i.dueDate, i.id")
    List<SupplierInvoice> dueBy(@Param("until") LocalDate until);

    @Query("select coalesce(sum(i.grossAmount), 0) from SupplierInvoice i where i.status in"
            + " (com.yiti.finance.SupplierInvoiceStatus.OPEN, com.yiti.finance.SupplierInvoiceStatus.PAID)"
            + " and i.invoiceDate > :from and i.invoiceDate <= :until")
    java.math.BigDecimal postedBetween(@Param("from") LocalDate from, @Param("until") LocalDate until);

    @Query("select i from SupplierInvoice i where i.supplierId = :supplierId and i.status in"
            + " (com.yiti.finance.SupplierInvoiceStatus.OPEN, com.yiti.finance.SupplierInvoiceStatus.PAID)"
            + " and i.invoiceDate <= :until order by i.invoiceDate, i.id")
    List<SupplierInvoice> postedOf(@Param("supplierId") Long supplierId, @Param("until") LocalDate until);

    List<SupplierInvoice> findByPurchaseOrderIdOrderByIdDesc(Long purchaseOrderId);

    /** What is owed on posted invoices: gross minus paid of the open ones. */
    @Query("select coalesce(sum(i.grossAmount - i.paidAmount), 0) from SupplierInvoice i"
            + " where i.status = com.yiti.finance.SupplierInvoiceStatus.OPEN")
    java.math.BigDecimal openTotal();

    long countByStatus(SupplierInvoiceStatus status);
}
