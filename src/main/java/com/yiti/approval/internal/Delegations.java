package com.yiti.approval.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Delegations extends JpaRepository<Delegation, Long> {

    @Query("select d from Delegation d where d.userId = :user and d.cancelled = false and d.validTo >= :day"
            + " order by d.validFrom")
    List<Delegation> currentOrComingOf(@Param("user") Long userId, @Param("day") LocalDate day);

    @Query("select d from Delegation d where d.delegateId = :delegate and d.cancelled = false"
            + " and d.validFrom <= :day and d.validTo >= :day")
    List<Delegation> activeFor(@Param("delegate") Long delegateId, @Param("day") LocalDate day);

    @Query("select d from Delegation d where d.userId = :user and d.cancelled = false"
            + " and d.validFrom <= :day and d.validTo >= :day order by d.id desc")
    List<Delegation> activeOf(@Param("user") Long userId, @Param("day") LocalDate day);
}
