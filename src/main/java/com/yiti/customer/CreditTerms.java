package com.yiti.customer;

import java.math.BigDecimal;

/**
 * A customer's credit terms as finance sees them. A null limit means no credit check; a zero limit means no credit
 * at all (prepayment only).
 */
public record CreditTerms(
        long customerId,
        String name,
        long ownerId,
        CustomerStatus status,
        BigDecimal creditLimit,
        int paymentTermsDays,
        String currency,
        long version) {}
