package com.yiti.customer;

import java.math.BigDecimal;

/**
 * A customer's credit terms as finance sees them. A null limit means no credit check; a zero limit means no credit
 * at all (prepayment only). {@code paymentTermCode} names the payment term the due dates follow (null: plain
 * {@code paymentTermsDays} after the invoice); with a term, the days are its last instalment's.
 */
public record CreditTerms(
        long customerId,
        String name,
        long ownerId,
        CustomerStatus status,
        BigDecimal creditLimit,
        int paymentTermsDays,
        String paymentTermCode,
        String currency,
        long version) {}
