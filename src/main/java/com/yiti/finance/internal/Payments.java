package com.yiti.finance.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Payments
        extends JpaRepository<Payment, Long>,
                org.springframework.data.jpa.repository.JpaSpecificationExecutor<Payment> {

    @Query("select count(p) from Payment p where p.amount > p.allocated")
    long countUnallocated();

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Payment p where p.id = :id")
    Optional<Payment> lock(@Param("id") Long id);

    Page<Payment> findByCustomerId(Long customerId, Pageable pageable);

    boolean existsByOrderIdNotNull();

    /** Deposits for an order with money not yet applied, oldest first (ids). */
    @Query("select p.id from Payment p where p.orderId = :orderId and p.amount > p.allocated order by p.id")
    List<Long> depositsWithCredit(@Param("orderId") Long orderId);

    /** Deposits for a contract with money not yet applied, oldest first (ids). */
    @Query("select p.id from Payment p where p.contractId = :contractId and p.amount > p.allocated order by p.id")
    List<Long> contractDepositsWithCredit(@Param("contractId") Long contractId);

    /** What payments hold unallocated in CNY as booked: the customer-credit account's balance. */
    @Query("select coalesce(sum(p.bookUnallocated), 0) from Payment p where p.amount > p.allocated")
    java.math.BigDecimal bookUnallocatedTotal();

    /** Money of a customer not yet applied to invoices, per currency: currency, amount. */
    @Query("select p.currency, coalesce(sum(p.amount - p.allocated), 0) from Payment p"
            + " where p.customerId = :customerId group by p.currency")
    List<Object[]> creditByCurrency(@Param("customerId") Long customerId);
}
