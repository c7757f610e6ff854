package com.yiti.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A campaign with what it led to: its leads and the amount of won opportunities that came from them. */
public record CampaignView(
        long id,
        String name,
        CampaignChannel channel,
        LocalDate startDate,
        LocalDate endDate,
        BigDecimal budget,
        String currency,
        long leads,
        long qualifiedLeads,
        BigDecimal wonAmount,
        long version) {}
