package com.yiti.finance;

import com.yiti.shared.PublishedEvent;
import java.time.LocalDate;
import java.util.List;

/**
 * An invoice was issued (or, negative in {@link CreditNoteIssued}, credited): its lines' amounts and standard cost.
 * Published synchronously inside the invoicing transaction, so read models built from it commit with the invoice.
 */
public record InvoiceIssued(
        long invoiceId,
        String number,
        long customerId,
        long ownerId,
        long orderId,
        LocalDate invoiceDate,
        List<RevenueLine> lines)
        implements PublishedEvent {

    @Override
    public String subject() {
        return number;
    }
}
