package com.yiti.finance.internal;

import com.yiti.finance.InvoiceStatus;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Invoices extends JpaRepository<Invoice, Long>, JpaSpecificationExecutor<Invoice> {

    boolean existsByShipmentId(Long shipmentId);

    boolean existsByCurrency(String currency);

    /** What the open invoices still owe in CNY as booked: the receivables account's balance. */
    @Query("select coalesce(sum(i.bookOpen), 0) from Invoice i where i.status in :statuses")
    BigDecimal bookOpenTotal(@Param("statuses") Collection<InvoiceStatus> statuses);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Invoice i where i.id = :id")
    Optional<Invoice> lock(@Param("id") Long id);

    /** Open invoices of a customer, oldest due first (the default allocation order). */
    @Query("select i from Invoice i where i.customerId = :customerId and i.status in :statuses"
            + " order by i.dueDate, i.id")
    List<Invoice> openOf(@Param("customerId") Long customerId, @Param("statuses") Collection<InvoiceStatus> statuses);

    List<Invoice> findByOrderId(Long orderId);

    List<Invoice> findByNumberIn(Collection<String> numbers);

    /** What a customer's open invoices still owe, per currency: currency, amount. */
    @Query("select i.currency, coalesce(sum(i.grossTotal - i.credited - i.paid), 0) from Invoice i"
            + " where i.customerId = :customerId and i.status in :statuses group by i.currency")
    List<Object[]> openByCurrency(
            @Param("customerId") Long customerId, @Param("statuses") Collection<InvoiceStatus> statuses);

    @Query("select min(i.dueDate) from Invoice i where i.customerId = :customerId and i.status in :statuses")
    LocalDate oldestDue(@Param("customerId") Long customerId, @Param("statuses") Collection<InvoiceStatus> statuses);

    /**
     * Aging per customer: open amounts by days past due (not yet due, 1–30, 31–60, 61–90, over 90), as of a day.
     */
    @Query("select i.customerId, i.currency,"
            + " sum(case when i.dueDate >= :asOf then i.grossTotal - i.credited - i.paid else 0 end),"
            + " sum(case when i.dueDate < :asOf and i.dueDate >= :d30 then i.grossTotal - i.credited - i.paid else 0 end),"
            + " sum(case when i.dueDate < :d30 and i.dueDate >= :d60 then i.grossTotal - i.credited - i.paid else 0 end),"
            + " sum(case when i.dueDate < :d60 and i.dueDate >= :d90 then i.grossTotal - i.credited - i.paid else 0 end),"
            + " sum(case when i.dueDate < :d90 then i.grossTotal - i.credited - i.paid else 0 end)"
            + " from Invoice i where i.status in :statuses and (:all = true or i.customerId in :customers)"
            + " group by i.customerId, i.currency")
    List<Object[]> aging(
            @Param("asOf") LocalDate asOf,
            @Param("d30") LocalDate minus30,
            @Param("d60") LocalDate minus60,
            @Param("d90") LocalDate minus90,
            @Param("statuses") Collection<InvoiceStatus> statuses,
            @Param("all") boolean all,
            @Param("customers") Collection<Long> customers);

    @Query("select coalesce(sum((i.grossTotal - i.credited) * i.exchangeRate), 0) from Invoice i"
            + " where i.invoiceDate between :from and :to and i.opening = false")
    BigDecimal invoicedBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

    @Query("select i from Invoice i where i.status in :statuses and i.dueDate < :asOf")
    List<Invoice> overdue(@Param("asOf") LocalDate asOf, @Param("statuses") Collection<InvoiceStatus> statuses);

    /** The customers owing most past due: customer id, overdue amount, largest first. */
    @Query("select i.customerId, sum(i.bookOpen) from Invoice i"
            + " where i.status in :statuses and i.dueDate < :asOf group by i.customerId"
            + " order by sum(i.bookOpen) desc")
    List<Object[]> mostOverdue(
            @Param("asOf") LocalDate asOf,
            @Param("statuses") Collection<InvoiceStatus> statuses,
            org.springframework.data.domain.Pageable limit);

    /** Open invoices past due of all owners: how many, how much is open. */
    @Query("select count(i), coalesce(sum(i.bookOpen), 0) from Invoice i"
            + " where i.status in :statuses and i.dueDate < :asOf")
    List<Object[]> overdueTotal(@Param("asOf") LocalDate asOf, @Param("statuses") Collection<InvoiceStatus> statuses);

    /** Open invoices past due of these owners (read from the owner's index): how many, how much is open. */
    @Query("select count(i), coalesce(sum(i.bookOpen), 0) from Invoice i"
            + " where i.ownerId in :owners and i.status in :statuses and i.dueDate < :asOf")
    List<Object[]> overdueTotalOf(
            @Param("asOf") LocalDate asOf,
            @Param("statuses") Collection<InvoiceStatus> statuses,
            @Param("owners") Collection<Long> owners);
}
