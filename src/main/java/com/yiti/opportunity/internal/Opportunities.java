package com.yiti.opportunity.internal;

import com.yiti.opportunity.Stage;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Opportunities extends JpaRepository<Opportunity, Long>, JpaSpecificationExecutor<Opportunity> {

    /** Open opportunities whose expected close date has passed: id, owner, title, expected close date. */
    @Query("select o.id, o.ownerId, o.title, o.expectedCloseDate from Opportunity o"
            + " where o.stage not in :closed and o.expectedCloseDate < :today")
    List<Object[]> pastCloseDate(
            @Param("closed") java.util.Collection<Stage> closed, @Param("today") java.time.LocalDate today);

    /** Rows of (campaign id, summed amount) of the given campaigns' opportunities in a stage. */
    @Query("select o.campaignId, sum(o.amount) from Opportunity o where o.campaignId in :ids and o.stage = :stage"
            + " group by o.campaignId")
    List<Object[]> sumAmountByCampaign(
            @Param("ids") java.util.Collection<Long> campaignIds, @Param("stage") Stage stage);

    List<Opportunity> findByCustomerIdOrderByExpectedCloseDateAsc(Long customerId);
}
