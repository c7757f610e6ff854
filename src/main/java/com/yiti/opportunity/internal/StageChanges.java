package com.yiti.opportunity.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StageChanges extends JpaRepository<StageChange, Long> {

    List<StageChange> findByOpportunityIdOrderByIdDesc(Long opportunityId);
}
