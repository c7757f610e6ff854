package com.yiti.opportunity;

import java.math.BigDecimal;

public record LeadData(
        String company,
        String contactName,
        String contactTitle,
        String mobile,
        String email,
        LeadSource source,
        Long campaignId,
        BigDecimal estimatedAmount,
        String notes,
        Long ownerId) {}
