package com.yiti.finance;

import com.yiti.customer.CustomerManagement;
import com.yiti.customer.CustomerSummary;
import com.yiti.finance.internal.Allocation;
import com.yiti.finance.internal.Allocations;
import com.yiti.finance.internal.CreditNote;
import com.yiti.finance.internal.Invoice;
import com.yiti.finance.internal.Invoices;
import com.yiti.finance.internal.Payment;
import com.yiti.finance.internal.Payments;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Invoices, credit notes, payments and allocations as the screens and the API show them (customer names, overdue). */
@Component
class ReceivablesViews {

    private final CustomerManagement customers;
    private final Invoices invoices;
    private final Payments payments;
    private final Allocations allocations;
    private final Clock clock;

    ReceivablesViews(
            CustomerManagement customers, Invoices invoices, Payments payments, Allocations allocations, Clock clock) {
        this.customers = customers;
        this.invoices = invoices;
        this.payments = payments;
        this.allocations = allocations;
        this.clock = clock;
    }

    InvoiceView of(Invoice i) {
        return invoices(List.of(i)).get(0);
    }

    List<InvoiceView> invoices(List<Invoice> list) {
        Map<Long, CustomerSummary> names =
                customers.summaries(list.stream().map(Invoice::getCustomerId).collect(Collectors.toSet()));
        LocalDate today = today();
        return list.stream()
                .map(i -> {
                    boolean overdue = i.getStatus().open() && i.getDueDate().isBefore(today);
                    return new InvoiceView(
                            i.getId(),
                            i.getNumber(),
                            i.getCustomerId(),
                            names.get(i.getCustomerId()).name(),
                            i.getOrderId(),
                            i.getOrderNumber(),
                            i.getShipmentNumber(),
                            i.getInvoiceDate(),
                            i.getDueDate(),
                            i.getCurrency(),
                            i.getNetTotal(),
                            i.getTaxTotal(),
                            i.getGrossTotal(),
                            i.getCredited(),
                            i.getPaid(),
                            i.getStatus(),
                            overdue,
                            overdue ? ChronoUnit.DAYS.between(i.getDueDate(), today) : 0,
                            i.getLines().stream()
                                    .map(l -> new InvoiceView.Line(
                                            l.getId(),
                                            l.getProductId(),
                                            l.getSku(),
                                            l.getQuantity(),
                                            l.getCreditedQuantity(),
                                            l.getUnitPrice(),
                                            l.getDiscountPct(),
                                            l.getTaxRate(),
                                            l.getNetAmount(),
                                            l.getTaxAmount(),
                                            l.getGrossAmount()))
                                    .toList(),
                            i.getVersion(),
                            i.isOpening());
                })
                .toList();
    }

    CreditNoteView of(CreditNote n) {
        return new CreditNoteView(
                n.getId(),
                n.getNumber(),
                n.getInvoiceId(),
                n.getCustomerId(),
                n.getNoteDate(),
                n.getReason(),
                n.getCurrency(),
                n.getNetTotal(),
                n.getTaxTotal(),
                n.getGrossTotal(),
                n.getCreatedBy(),
                n.getCreatedAt());
    }

    PaymentView of(Payment p) {
        return payments(List.of(p)).get(0);
    }

    /** A page of payments: customers' names and every allocation with its numbers read once for the page. */
    List<PaymentView> payments(List<Payment> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, CustomerSummary> names =
                customers.summaries(list.stream().map(Payment::getCustomerId).collect(Collectors.toSet()));
        Map<Long, List<AllocationView>> allocated =
                allocations(allocations.findByPaymentIdInOrderByIdAsc(
                                list.stream().map(Payment::getId).toList()))
                        .stream()
                        .collect(Collectors.groupingBy(AllocationView::paymentId));
        return list.stream()
                .map(p -> new PaymentView(
                        p.getId(),
                        p.getNumber(),
                        p.getCustomerId(),
                        names.containsKey(p.getCustomerId())
                                ? names.get(p.getCustomerId()).name()
                                : "",
                        p.getPaymentDate(),
                        p.getAmount(),
                        p.getAllocated(),
                        p.getCurrency(),
                        p.getMethod(),
                        p.getReference(),
                        allocated.getOrDefault(p.getId(), List.of()),
                        p.getCreatedBy(),
                        p.getCreatedAt(),
                        p.getOrderId(),
                        p.getOrderNumber(),
                        p.getContractId(),
                        p.getContractNumber()))
                .toList();
    }

    List<AllocationView> allocations(Collection<Allocation> list) {
        Map<Long, String> invoiceNumbers =
                invoices.findAllById(list.stream().map(Allocation::getInvoiceId).collect(Collectors.toSet())).stream()
                        .collect(Collectors.toMap(Invoice::getId, Invoice::getNumber));
        Map<Long, String> paymentNumbers =
                payments.findAllById(list.stream().map(Allocation::getPaymentId).collect(Collectors.toSet())).stream()
                        .collect(Collectors.toMap(Payment::getId, Payment::getNumber));
        return list.stream()
                .map(a -> new AllocationView(
                        a.getId(),
                        a.getPaymentId(),
                        paymentNumbers.get(a.getPaymentId()),
                        a.getInvoiceId(),
                        invoiceNumbers.get(a.getInvoiceId()),
                        a.getAmount(),
                        a.getAllocatedBy(),
                        a.getAllocatedAt(),
                        a.getReversedBy(),
                        a.getReversedAt(),
                        a.getReversalReason()))
                .toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ReceivablesManagement.BUSINESS_ZONE));
    }
}
