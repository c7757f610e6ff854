package com.yiti.contract;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A contract as other modules need it, unscoped (for a document the caller may already see): who it is with, its
 * currency and value, when it was signed, its status.
 */
public record ContractTerms(
        long id,
        String number,
        long customerId,
        long ownerId,
        String title,
        String currency,
        BigDecimal value,
        BigDecimal used,
        LocalDate signedOn,
        ContractStatus status) {}
