package com.yiti.contract.internal;

import com.yiti.contract.ContractStatus;
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

public interface Contracts extends JpaRepository<Contract, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Contract c where c.id = :id")
    Optional<Contract> lock(@Param("id") Long id);

    /** The list in the reader's scope ({@code all} or the owners given), newest first. */
    @Query("select c from Contract c where (:all = true or c.ownerId in :owners)"
            + " and (:customerId is null or c.customerId = :customerId)"
            + " and (:status is null or c.status = :status)"
            + " and (:q is null or c.number like :q or c.title like :q)"
            + " order by c.id desc")
    Page<Contract> search(
            @Param("all") boolean all,
            @Param("owners") Collection<Long> owners,
            @Param("customerId") Long customerId,
            @Param("status") ContractStatus status,
            @Param("q") String q,
            Pageable pageable);

    List<Contract> findByCustomerIdAndStatusInOrderByIdDesc(Long customerId, Collection<ContractStatus> statuses);
}
