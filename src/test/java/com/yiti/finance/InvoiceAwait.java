package com.yiti.finance;

import com.yiti.support.TestUsers;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.springframework.data.domain.PageRequest;

/** Waits for the invoice a shipment's event listener writes after the shipment commits (read as FINANCE). */
final class InvoiceAwait {

    private InvoiceAwait() {}

    static InvoiceView invoiceOf(TestUsers users, ReceivablesManagement receivables, long orderId) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(
                        () -> users
                                .runAs(
                                        "finance",
                                        () -> receivables
                                                .invoices(
                                                        new InvoiceFilter(null, null, null, false, orderId),
                                                        PageRequest.of(0, 5))
                                                .getContent())
                                .stream()
                                .findFirst()
                                .map(i -> users.runAs("finance", () -> receivables.invoice(i.id())))
                                .orElse(null),
                        java.util.Objects::nonNull);
    }
}
