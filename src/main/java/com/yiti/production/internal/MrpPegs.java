package com.yiti.production.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MrpPegs extends JpaRepository<MrpPeg, Long> {

    List<MrpPeg> findByProposalIdOrderByNeedDateAscIdAsc(Long proposalId);

    List<MrpPeg> findByProposalIdIn(Collection<Long> proposalIds);

    List<MrpPeg> findByOrderLineIdIn(Collection<Long> orderLineIds);
}
