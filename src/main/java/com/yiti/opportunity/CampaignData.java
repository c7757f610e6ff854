package com.yiti.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;

public record CampaignData(
        String name, CampaignChannel channel, LocalDate startDate, LocalDate endDate, BigDecimal budget) {}
