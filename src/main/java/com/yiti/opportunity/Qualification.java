package com.yiti.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * How to qualify a lead: link it to an existing customer (or create one from the lead's company), and the
 * opportunity's title, amount and close date (defaults come from the lead). {@code duplicateConfirmed}: the user
 * has seen similar customers and still wants a new one.
 */
public record Qualification(
        Long existingCustomerId,
        boolean duplicateConfirmed,
        String opportunityTitle,
        BigDecimal amount,
        LocalDate expectedCloseDate) {}
