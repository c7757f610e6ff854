package com.yiti.opportunity;

import java.time.Instant;
import java.time.LocalDate;

/** An activity about exactly one record: an opportunity, a lead or a customer. */
public record ActivityData(
        ActivityType type,
        String subject,
        String notes,
        Long customerId,
        Long leadId,
        Long opportunityId,
        LocalDate dueDate,
        Instant occurredAt) {}
