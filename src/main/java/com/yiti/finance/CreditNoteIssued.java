package com.yiti.finance;

import com.yiti.shared.PublishedEvent;
import java.time.LocalDate;
import java.util.List;

/** A credit note was issued: the credited lines (positive amounts, to be subtracted). Published in its transaction. */
public record CreditNoteIssued(
        long creditNoteId,
        String number,
        long invoiceId,
        long customerId,
        long ownerId,
        LocalDate noteDate,
        List<RevenueLine> lines)
        implements PublishedEvent {

    @Override
    public String subject() {
        return number;
    }
}
