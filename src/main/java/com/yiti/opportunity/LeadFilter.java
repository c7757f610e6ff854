package com.yiti.opportunity;

public record LeadFilter(String q, Long ownerId, LeadStatus status, LeadSource source, Long campaignId) {

    public static LeadFilter none() {
        return new LeadFilter(null, null, null, null, null);
    }
}
