package com.yiti.opportunity.internal;

import com.yiti.opportunity.Stage;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Opportunities extends JpaRepository<Opportunity, Long>, JpaSpecificationExecutor<Opportunity> {

    @Query("select coalesce(sum(o.amount), 0) from Opportunity o where o.campaignId = :campaignId and o.stage = :stage")
    BigDecimal sumAmountByCampaignAndStage(@Param("campaignId") Long campaignId, @Param("stage") Stage stage);

    List<Opportunity> findByCustomerIdOrderByExpectedCloseDateAsc(Long customerId);
}
