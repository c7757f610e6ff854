package com.yiti.automation.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RuleRuns extends JpaRepository<RuleRun, Long> {

    Page<RuleRun> findByRuleIdOrderByIdDesc(Long ruleId, Pageable page);

    Page<RuleRun> findAllByOrderByIdDesc(Pageable page);

    @Query("select count(r) from RuleRun r where r.ruleId = :rule and r.recordRef = :ref and r.createdAt >= :since")
    long countSince(@Param("rule") Long ruleId, @Param("ref") String recordRef, @Param("since") Instant since);

    @Query("select r.id from RuleRun r where r.status = 'RETRY' and r.nextAttemptAt <= :now order by r.nextAttemptAt")
    List<Long> due(@Param("now") Instant now, Pageable page);

    @Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from RuleRun r where r.id = :id")
    Optional<RuleRun> lock(@Param("id") Long id);
}
