package com.yiti.opportunity.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface Leads extends JpaRepository<Lead, Long>, JpaSpecificationExecutor<Lead> {

    /** Rows of (campaign id, lead status, count) for the given campaigns. */
    @org.springframework.data.jpa.repository.Query(
            "select l.campaignId, l.status, count(l) from Lead l where l.campaignId in :ids group by l.campaignId, l.status")
    java.util.List<Object[]> countByCampaignAndStatus(
            @org.springframework.data.repository.query.Param("ids") java.util.Collection<Long> campaignIds);
}
