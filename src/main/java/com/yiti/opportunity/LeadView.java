package com.yiti.opportunity;

import java.math.BigDecimal;
import java.time.Instant;

public record LeadView(
        long id,
        String company,
        String contactName,
        String contactTitle,
        String mobile,
        String email,
        LeadSource source,
        Long campaignId,
        String campaignName,
        LeadStatus status,
        String disqualifyReason,
        String notes,
        BigDecimal estimatedAmount,
        long ownerId,
        String ownerName,
        Long customerId,
        Long contactId,
        Long opportunityId,
        long version,
        Instant createdAt,
        String createdBy) {}
