package com.yiti.finance;

import com.yiti.finance.internal.Allocation;
import com.yiti.finance.internal.Invoice;
import com.yiti.finance.internal.Invoices;
import com.yiti.finance.internal.Payment;
import com.yiti.finance.internal.Payments;
import com.yiti.platform.AuditEntry;
import com.yiti.platform.AuditHistory;
import com.yiti.platform.AuditHistory.Field;
import com.yiti.platform.ChangeRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The change history of invoices and payments with their allocations: who recorded, allocated, reversed or credited
 * what, and when. Whoever may open the invoice or payment may read its history.
 */
@Service
@Transactional(readOnly = true)
public class FinanceHistory {

    private final ReceivablesManagement receivables;
    private final com.yiti.finance.PaymentManagement paymentManagement;
    private final Invoices invoices;
    private final Payments payments;
    private final AuditHistory audit;

    FinanceHistory(
            ReceivablesManagement receivables,
            com.yiti.finance.PaymentManagement paymentManagement,
            Invoices invoices,
            Payments payments,
            AuditHistory audit) {
        this.receivables = receivables;
        this.paymentManagement = paymentManagement;
        this.invoices = invoices;
        this.payments = payments;
        this.audit = audit;
    }

    public List<ChangeRow> ofInvoice(long id) {
        receivables.invoice(id); // the reader's scope: 404 outside it
        List<ChangeRow> rows = new ArrayList<>(AuditHistory.changes(
                AuditHistory.oldestFirst(audit.of(Invoice.class, id)),
                Invoice::getId,
                i -> "",
                List.of(
                        Field.coded("common.status", "invoice.status.", Invoice::getStatus),
                        Field.of("finance.dueDate", Invoice::getDueDate),
                        Field.of("document.grossTotal", Invoice::getGrossTotal),
                        Field.of("finance.paid", Invoice::getPaid),
                        Field.of("finance.credited", Invoice::getCredited))));
        List<AuditEntry<Allocation>> allocations = audit.ofAllWhere(Allocation.class, "invoiceId", id);
        Map<Long, String> paymentNumbers = payments
                .findAllById(
                        allocations.stream().map(a -> a.state().getPaymentId()).collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(Payment::getId, Payment::getNumber));
        rows.addAll(allocationChanges(allocations, a -> paymentNumbers.getOrDefault(a.getPaymentId(), "")));
        return AuditHistory.merged(rows);
    }

    public List<ChangeRow> ofPayment(long id) {
        paymentManagement.payment(id);
        List<ChangeRow> rows = new ArrayList<>(AuditHistory.changes(
                AuditHistory.oldestFirst(audit.of(Payment.class, id)),
                Payment::getId,
                p -> "",
                List.of(
                        Field.of("finance.paymentDate", Payment::getPaymentDate),
                        Field.of("finance.amount", Payment::getAmount),
                        Field.coded("finance.method", "payment.method.", Payment::getMethod),
                        Field.of("finance.reference", Payment::getReference),
                        Field.of("history.allocatedTotal", Payment::getAllocated))));
        List<AuditEntry<Allocation>> allocations = audit.ofAllWhere(Allocation.class, "paymentId", id);
        Map<Long, String> invoiceNumbers = invoices
                .findAllById(
                        allocations.stream().map(a -> a.state().getInvoiceId()).collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(Invoice::getId, Invoice::getNumber));
        rows.addAll(allocationChanges(allocations, a -> invoiceNumbers.getOrDefault(a.getInvoiceId(), "")));
        return AuditHistory.merged(rows);
    }

    private static List<ChangeRow> allocationChanges(
            List<AuditEntry<Allocation>> allocations, java.util.function.Function<Allocation, String> other) {
        return AuditHistory.changes(
                allocations,
                Allocation::getId,
                other,
                List.of(
                        Field.of("finance.amount", Allocation::getAmount),
                        Field.of("history.reversedBy", Allocation::getReversedBy),
                        Field.of("history.reversalReason", Allocation::getReversalReason)));
    }
}
