package com.yiti.opportunity.internal;

import com.yiti.opportunity.LeadStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface Leads extends JpaRepository<Lead, Long>, JpaSpecificationExecutor<Lead> {

    long countByCampaignId(Long campaignId);

    long countByCampaignIdAndStatus(Long campaignId, LeadStatus status);
}
