package com.yiti.opportunity;

import java.math.BigDecimal;
import java.time.YearMonth;

/** List filters; every field optional. */
public record OpportunityFilter(
        String q,
        Long ownerId,
        Stage stage,
        YearMonth closeMonth,
        BigDecimal minAmount,
        BigDecimal maxAmount,
        Long customerId,
        Long campaignId) {

    public static OpportunityFilter none() {
        return new OpportunityFilter(null, null, null, null, null, null, null, null);
    }
}
