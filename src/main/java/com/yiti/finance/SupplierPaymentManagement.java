package com.yiti.finance;

import static com.yiti.shared.Text.blankToNull;

import com.yiti.finance.internal.Journal;
import com.yiti.finance.internal.Journal.Leg;
import com.yiti.finance.internal.SupplierAllocation;
import com.yiti.finance.internal.SupplierAllocations;
import com.yiti.finance.internal.SupplierInvoice;
import com.yiti.finance.internal.SupplierInvoices;
import com.yiti.finance.internal.SupplierPayment;
import com.yiti.finance.internal.SupplierPayments;
import com.yiti.platform.CurrentUser;
import com.yiti.platform.DocumentNumbers;
import com.yiti.platform.UserDirectory;
import com.yiti.purchasing.SupplierManagement;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.RecordNotFoundException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Paying suppliers (FINANCE): a payment (bank out, payables down) allocated to the supplier's open invoices as given or
 * oldest due first; what is not allocated stays a prepayment and is allocated later, when the invoice arrives.
 */
@Service
@Transactional
public class SupplierPaymentManagement {

    private final SupplierPayments payments;
    private final SupplierAllocations allocations;
    private final SupplierInvoices invoices;
    private final SupplierManagement suppliers;
    private final Journal journal;
    private final DocumentNumbers numbers;
    private final UserDirectory directory;
    private final PayablesViews views;
    private final Clock clock;
    private final com.yiti.approval.Approvals approvals;

    SupplierPaymentManagement(
            SupplierPayments payments,
            SupplierAllocations allocations,
            SupplierInvoices invoices,
            SupplierManagement suppliers,
            Journal journal,
            DocumentNumbers numbers,
            UserDirectory directory,
            PayablesViews views,
            Clock clock,
            com.yiti.approval.Approvals approvals) {
        this.approvals = approvals;
        this.payments = payments;
        this.allocations = allocations;
        this.invoices = invoices;
        this.suppliers = suppliers;
        this.journal = journal;
        this.numbers = numbers;
        this.directory = directory;
        this.views = views;
        this.clock = clock;
    }

    static final String DOCUMENT_TYPE = "SUPPLIER_PAYMENT";

    /**
     * Pays a supplier now. Refused ({@code payables.approvalNeeded}) where the {@code SUPPLIER_PAYMENT} flow has a step
     * for the payment: then {@link #payOrSubmit} submits it, and it is paid when approved.
     */
    @PreAuthorize("hasRole('FINANCE')")
    public SupplierPaymentView pay(NewSupplierPayment p) {
        validate(p);
        if (approvals.required(submission(p))) {
            throw new BusinessRuleException("amount", "payables.approvalNeeded");
        }
        return record(p);
    }

    /** What came of a payment: paid, or waiting in its approval flow. */
    public record PaymentOutcome(SupplierPaymentView payment, com.yiti.approval.ApprovalView approval) {}

    /**
     * Pays the supplier, or — where the {@code SUPPLIER_PAYMENT} flow asks for it (issue 19) — submits the payment with
     * its facts; the approval pays it in the deciding transaction, as proposed. One payment per supplier waits at a time.
     */
    @PreAuthorize("hasRole('FINANCE')")
    public PaymentOutcome payOrSubmit(NewSupplierPayment p) {
        validate(p);
        // empty when no step applies: paid now
        return approvals
                .submit(submission(p))
                .map(a -> new PaymentOutcome(null, a))
                .orElseGet(() -> new PaymentOutcome(record(p), null));
    }

    /** The flow approved a submitted payment: it is made now, as it was proposed. */
    @org.springframework.context.event.EventListener
    void on(com.yiti.approval.ApprovalDecided decided) {
        if (!DOCUMENT_TYPE.equals(decided.documentType()) || !decided.approved()) {
            return;
        }
        Map<String, String> f = approvals.of(DOCUMENT_TYPE, decided.documentId()).stream()
                .filter(a -> a.id() == decided.requestId())
                .findFirst()
                .orElseThrow()
                .facts();
        Map<Long, BigDecimal> plan = new LinkedHashMap<>();
        String encoded = f.getOrDefault("allocations", "");
        if (!encoded.isEmpty()) {
            for (String pair : encoded.split("\\|")) {
                String[] kv = pair.split(":");
                plan.put(Long.parseLong(kv[0]), new BigDecimal(kv[1]));
            }
        }
        String date = f.getOrDefault("paymentDate", "");
        record(new NewSupplierPayment(
                decided.documentId(),
                date.isEmpty() ? null : LocalDate.parse(date),
                new BigDecimal(f.get("amountExact")),
                com.yiti.finance.PaymentMethod.valueOf(f.get("method")),
                f.getOrDefault("reference", ""),
                "1".equals(f.get("oldestFirst")),
                plan));
    }

    private com.yiti.approval.ApprovalSubmission submission(NewSupplierPayment p) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put(
                "amountExact", p.amount().setScale(2, RoundingMode.UNNECESSARY).toPlainString());
        facts.put("method", p.method().name());
        facts.put("oldestFirst", p.oldestFirst() ? "1" : "0");
        facts.put("paymentDate", p.paymentDate() == null ? "" : p.paymentDate().toString());
        facts.put(
                "allocations",
                p.allocations() == null
                        ? ""
                        : String.join(
                                "|",
                                p.allocations().entrySet().stream()
                                        .map(e ->
                                                e.getKey() + ":" + e.getValue().toPlainString())
                                        .toList()));
        String supplier = suppliers.supplier(p.supplierId()).name();
        facts.put("supplier", supplier);
        String reference = blankToNull(p.reference());
        facts.put("reference", reference == null ? "" : reference);
        return new com.yiti.approval.ApprovalSubmission(
                DOCUMENT_TYPE, p.supplierId(), supplier, "/finance/payables", p.amount(), facts);
    }

    private void validate(NewSupplierPayment p) {
        if (p.supplierId() == null) {
            throw new BusinessRuleException("supplierId", "field.required");
        }
        suppliers.supplier(p.supplierId());
        if (p.amount() == null || p.amount().signum() <= 0) {
            throw new BusinessRuleException("amount", "finance.paymentPositive");
        }
        if (p.amount().stripTrailingZeros().scale() > 2) {
            throw new BusinessRuleException("amount", "order.priceScale");
        }
        if (p.method() == null) {
            throw new BusinessRuleException("method", "field.required");
        }
        LocalDate date = p.paymentDate() == null ? today() : p.paymentDate();
        if (date.isAfter(today())) {
            throw new BusinessRuleException("paymentDate", "finance.paymentInFuture");
        }
        String reference = blankToNull(p.reference());
        if (reference != null && reference.length() > 100) {
            throw new BusinessRuleException("reference", "field.tooLong", 100);
        }
    }

    private SupplierPaymentView record(NewSupplierPayment p) {
        LocalDate date = p.paymentDate() == null ? today() : p.paymentDate();
        String reference = blankToNull(p.reference());
        SupplierPayment payment = payments.saveAndFlush(new SupplierPayment(
                numbers.next("SP"),
                p.supplierId(),
                date,
                p.amount().setScale(2, RoundingMode.UNNECESSARY),
                "CNY",
                p.method(),
                reference));
        journal.post(
                date,
                DocumentType.SUPPLIER_PAYMENT,
                payment.getNumber(),
                reference,
                payment.getCurrency(),
                actor(),
                List.of(
                        Leg.debit(AccountPurpose.PAYABLES, payment.getAmount(), null),
                        Leg.credit(AccountPurpose.BANK, payment.getAmount(), null)));
        Map<Long, BigDecimal> plan = p.allocations() != null && !p.allocations().isEmpty()
                ? p.allocations()
                : p.oldestFirst() ? oldestFirst(payment) : Map.of();
        allocate(payment, plan);
        return views.of(payment);
    }

    /** Allocates what is left of a payment (a prepayment) to the supplier's invoices, as given or oldest due first. */
    @PreAuthorize("hasRole('FINANCE')")
    public SupplierPaymentView allocate(long paymentId, Map<Long, BigDecimal> amounts) {
        SupplierPayment payment =
                payments.lock(paymentId).orElseThrow(() -> new RecordNotFoundException("SupplierPayment", paymentId));
        allocate(payment, amounts == null || amounts.isEmpty() ? oldestFirst(payment) : amounts);
        return views.of(payment);
    }

    private void allocate(SupplierPayment payment, Map<Long, BigDecimal> plan) {
        BigDecimal total = BigDecimal.ZERO;
        // invoices locked in id order, so that two payments settling the same invoices never deadlock
        for (Map.Entry<Long, BigDecimal> e : new TreeMap<>(plan).entrySet()) {
            BigDecimal amount = e.getValue();
            if (amount == null || amount.signum() == 0) {
                continue;
            }
            String field = "allocations[" + e.getKey() + "]";
            if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2) {
                throw new BusinessRuleException(field, "payables.allocationInvalid");
            }
            SupplierInvoice invoice = invoices.lock(e.getKey())
                    .filter(i -> i.getSupplierId().equals(payment.getSupplierId()))
                    .orElseThrow(() -> new RecordNotFoundException("SupplierInvoice", e.getKey()));
            if (invoice.getStatus() != SupplierInvoiceStatus.OPEN) {
                throw new BusinessRuleException(field, "payables.invoiceNotOpen", invoice.getNumber());
            }
            if (amount.compareTo(invoice.open()) > 0) {
                throw new BusinessRuleException(
                        field,
                        "payables.allocationOverOpen",
                        invoice.getNumber(),
                        invoice.open().toPlainString());
            }
            total = total.add(amount);
            if (total.compareTo(payment.unallocated()) > 0) {
                throw new BusinessRuleException(
                        field,
                        "payables.allocationOverPayment",
                        payment.unallocated().toPlainString());
            }
            invoice.pay(amount);
            allocations.save(
                    new SupplierAllocation(payment.getId(), invoice.getId(), amount, actor(), clock.instant()));
        }
        payment.allocate(total);
        payments.flush();
    }

    private Map<Long, BigDecimal> oldestFirst(SupplierPayment payment) {
        Map<Long, BigDecimal> plan = new LinkedHashMap<>();
        BigDecimal rest = payment.unallocated();
        for (SupplierInvoice invoice : invoices.openOf(payment.getSupplierId())) {
            if (rest.signum() <= 0) {
                break;
            }
            BigDecimal a = rest.min(invoice.open());
            if (a.signum() > 0) {
                plan.put(invoice.getId(), a);
                rest = rest.subtract(a);
            }
        }
        return plan;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ReceivablesManagement.BUSINESS_ZONE));
    }

    private String actor() {
        return directory.current().map(CurrentUser::username).orElse("system");
    }
}
