package com.yiti.finance.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CollectionPlans extends JpaRepository<CollectionPlan, Long> {

    Optional<CollectionPlan> findByContractId(Long contractId);

    Optional<CollectionPlan> findByOrderId(Long orderId);

    List<CollectionPlan> findByCustomerIdOrderByIdDesc(Long customerId);

    List<CollectionPlan> findByContractIdIn(Collection<Long> contractIds);

    List<CollectionPlan> findByOrderIdIn(Collection<Long> orderIds);

    /** Plans with an instalment due on or before a day (for the alerts) or within a period (for the dashboard). */
    @Query("select distinct i.plan.id from Instalment i where i.dueDate between :from and :to")
    List<Long> withInstalmentsDue(@Param("from") LocalDate from, @Param("to") LocalDate to);
}
