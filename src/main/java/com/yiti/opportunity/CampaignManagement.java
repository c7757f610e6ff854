package com.yiti.opportunity;

import com.yiti.opportunity.internal.Campaign;
import com.yiti.opportunity.internal.Campaigns;
import com.yiti.opportunity.internal.Leads;
import com.yiti.opportunity.internal.Opportunities;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.ConcurrentChangeException;
import com.yiti.shared.RecordNotFoundException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marketing campaigns and what they led to. Every sales user reads them; SALES_MANAGER and ADMIN maintain them.
 * The won amount counts won opportunities that came from the campaign's leads; order revenue joins it once orders
 * exist (the order module will provide it).
 */
@Service
@Transactional
public class CampaignManagement {

    private final Campaigns campaigns;
    private final Leads leads;
    private final Opportunities opportunities;

    CampaignManagement(Campaigns campaigns, Leads leads, Opportunities opportunities) {
        this.campaigns = campaigns;
        this.leads = leads;
        this.opportunities = opportunities;
    }

    @Transactional(readOnly = true)
    public List<CampaignView> all() {
        return views(campaigns.findAllByOrderByStartDateDescIdDesc());
    }

    @Transactional(readOnly = true)
    public CampaignView get(long id) {
        return views(List.of(campaigns.findById(id).orElseThrow(() -> new RecordNotFoundException("Campaign", id))))
                .get(0);
    }

    @PreAuthorize("hasAnyRole('SALES_MANAGER', 'ADMIN')")
    public CampaignView create(CampaignData data) {
        validate(data);
        Campaign c = new Campaign(data.name().trim(), data.channel());
        apply(c, data);
        campaigns.saveAndFlush(c);
        return views(List.of(c)).get(0);
    }

    @PreAuthorize("hasAnyRole('SALES_MANAGER', 'ADMIN')")
    public CampaignView update(long id, long expectedVersion, CampaignData data) {
        Campaign c = campaigns.findById(id).orElseThrow(() -> new RecordNotFoundException("Campaign", id));
        if (c.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("Campaign", id);
        }
        validate(data);
        apply(c, data);
        campaigns.flush();
        return views(List.of(c)).get(0);
    }

    private static void validate(CampaignData d) {
        if (d.name() == null || d.name().isBlank()) {
            throw new BusinessRuleException("name", "field.required");
        }
        if (d.name().trim().length() > 200) {
            throw new BusinessRuleException("name", "field.tooLong", 200);
        }
        if (d.channel() == null) {
            throw new BusinessRuleException("channel", "field.required");
        }
        if (d.startDate() != null && d.endDate() != null && d.endDate().isBefore(d.startDate())) {
            throw new BusinessRuleException("endDate", "campaign.endBeforeStart");
        }
        if (d.budget() != null && d.budget().signum() < 0) {
            throw new BusinessRuleException("budget", "opportunity.amountNegative");
        }
    }

    private static void apply(Campaign c, CampaignData d) {
        c.apply(
                d.name().trim(),
                d.channel(),
                d.startDate(),
                d.endDate(),
                d.budget() == null ? null : d.budget().setScale(2, RoundingMode.HALF_UP));
    }

    /** Campaigns with their lead counts and won amount, in three queries however many campaigns there are. */
    private List<CampaignView> views(List<Campaign> list) {
        List<Long> ids = list.stream().map(Campaign::getId).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> leadCount = new HashMap<>();
        Map<Long, Long> qualified = new HashMap<>();
        for (Object[] row : leads.countByCampaignAndStatus(ids)) {
            long campaignId = (Long) row[0];
            long count = ((Number) row[2]).longValue();
            leadCount.merge(campaignId, count, Long::sum);
            if (row[1] == LeadStatus.QUALIFIED) {
                qualified.merge(campaignId, count, Long::sum);
            }
        }
        Map<Long, BigDecimal> won = new HashMap<>();
        for (Object[] row : opportunities.sumAmountByCampaign(ids, Stage.WON)) {
            won.put((Long) row[0], (BigDecimal) row[1]);
        }
        return list.stream()
                .map(c -> new CampaignView(
                        c.getId(),
                        c.getName(),
                        c.getChannel(),
                        c.getStartDate(),
                        c.getEndDate(),
                        c.getBudget(),
                        c.getCurrency(),
                        leadCount.getOrDefault(c.getId(), 0L),
                        qualified.getOrDefault(c.getId(), 0L),
                        won.getOrDefault(c.getId(), BigDecimal.ZERO),
                        c.getVersion()))
                .toList();
    }
}
