package com.yiti.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a sales user enters about an opportunity; a null probability takes the stage's default. */
public record OpportunityData(
        Long customerId,
        String title,
        BigDecimal amount,
        Stage stage,
        Integer probability,
        LocalDate expectedCloseDate,
        Long ownerId,
        String lostReason,
        String nextStep) {}
