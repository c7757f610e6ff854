package com.yiti.opportunity;

/** Activity list filters; every field optional. {@code open}: only follow-ups not yet done. */
public record ActivityFilter(
        ActivityType type, Long ownerId, Boolean open, Long customerId, Long leadId, Long opportunityId) {

    public static ActivityFilter none() {
        return new ActivityFilter(null, null, null, null, null, null);
    }
}
