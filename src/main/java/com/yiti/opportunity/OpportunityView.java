package com.yiti.opportunity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

public record OpportunityView(
        long id,
        long customerId,
        String customerName,
        String title,
        BigDecimal amount,
        String currency,
        Stage stage,
        int probability,
        LocalDate expectedCloseDate,
        long ownerId,
        String ownerName,
        String lostReason,
        String nextStep,
        Long leadId,
        Long campaignId,
        Instant closedAt,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    /** amount × probability, exact to the cent (half-up). */
    public BigDecimal weightedAmount() {
        return amount.multiply(BigDecimal.valueOf(probability))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }
}
