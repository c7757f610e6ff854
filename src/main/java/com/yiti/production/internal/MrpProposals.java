package com.yiti.production.internal;

import com.yiti.production.ProposalStatus;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MrpProposals extends JpaRepository<MrpProposal, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from MrpProposal p where p.id = :id")
    Optional<MrpProposal> lock(@Param("id") Long id);

    @Query("select p from MrpProposal p where p.status in :statuses"
            + " and (:kind is null or p.kind = :kind) and (:late = false or p.late = true)"
            + " and (:products is null or p.productId in :products)")
    Page<MrpProposal> find(
            @Param("statuses") Collection<ProposalStatus> statuses,
            @Param("kind") String kind,
            @Param("late") boolean lateOnly,
            @Param("products") Collection<Long> productIds,
            Pageable pageable);

    Page<MrpProposal> findByRunId(Long runId, Pageable pageable);
}
