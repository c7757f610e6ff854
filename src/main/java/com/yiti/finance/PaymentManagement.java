package com.yiti.finance;

import static com.yiti.shared.Text.blankToNull;

import com.yiti.customer.CreditTerms;
import com.yiti.finance.internal.Allocation;
import com.yiti.finance.internal.Allocations;
import com.yiti.finance.internal.Invoice;
import com.yiti.finance.internal.Invoices;
import com.yiti.finance.internal.Journal;
import com.yiti.finance.internal.Journal.Leg;
import com.yiti.finance.internal.OpenByDueDate;
import com.yiti.finance.internal.Payment;
import com.yiti.finance.internal.Payments;
import com.yiti.platform.CurrentUser;
import com.yiti.platform.DocumentNumbers;
import com.yiti.platform.UserDirectory;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.RecordNotFoundException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payments (FINANCE): record one, allocate it to invoices (oldest due first or as given), take an allocation back;
 * the payments list and what is still unallocated. Each step posts its journal entry. Split out of
 * {@link ReceivablesManagement}, which keeps invoicing and credit notes; both settle invoices through
 * {@link Settlement}.
 */
@Service
@Transactional
public class PaymentManagement {

    private final Payments payments;
    private final Allocations allocations;
    private final Invoices invoices;
    private final Journal journal;
    private final OpenByDueDate dues;
    private final com.yiti.customer.CreditTermsManagement creditTerms;
    private final DocumentNumbers numbers;
    private final UserDirectory directory;
    private final ReceivablesViews views;
    private final Settlement settlement;
    private final Clock clock;
    private final com.yiti.shared.ListPages listPages;

    private final org.springframework.context.ApplicationEventPublisher events;
    private final com.yiti.currency.ExchangeRateManagement rates;
    private final com.yiti.order.OrderFactsReader orderFacts;
    private final com.yiti.order.OrderSteps orderSteps;

    private final com.yiti.contract.ContractManagement contracts;

    PaymentManagement(
            Payments payments,
            Allocations allocations,
            Invoices invoices,
            Journal journal,
            OpenByDueDate dues,
            com.yiti.customer.CreditTermsManagement creditTerms,
            DocumentNumbers numbers,
            UserDirectory directory,
            ReceivablesViews views,
            Settlement settlement,
            Clock clock,
            com.yiti.shared.ListPages listPages,
            org.springframework.context.ApplicationEventPublisher events,
            com.yiti.currency.ExchangeRateManagement rates,
            com.yiti.order.OrderFactsReader orderFacts,
            com.yiti.order.OrderSteps orderSteps,
            com.yiti.contract.ContractManagement contracts) {
        this.contracts = contracts;
        this.orderFacts = orderFacts;
        this.orderSteps = orderSteps;
        this.rates = rates;
        this.events = events;
        this.listPages = listPages;
        this.payments = payments;
        this.allocations = allocations;
        this.invoices = invoices;
        this.journal = journal;
        this.dues = dues;
        this.creditTerms = creditTerms;
        this.numbers = numbers;
        this.directory = directory;
        this.views = views;
        this.settlement = settlement;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('FINANCE', 'MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Page<PaymentView> payments(Long customerId, Pageable pageable) {
        org.springframework.data.jpa.domain.Specification<Payment> spec =
                (root, query, cb) -> customerId == null ? null : cb.equal(root.get("customerId"), customerId);
        Page<Payment> page = listPages.find(payments, Payment.class, spec, pageable);
        return com.yiti.shared.ListPages.withContent(page, views.payments(page.getContent()));
    }

    /**
     * Deposits (预收款/定金): payments recorded for an order or a contract, newest first, optionally of one customer,
     * order or contract; {@code open} only those with money not yet applied to invoices.
     */
    @PreAuthorize("hasAnyRole('FINANCE', 'MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Page<PaymentView> deposits(Long customerId, Long orderId, Long contractId, boolean open, Pageable pageable) {
        org.springframework.data.jpa.domain.Specification<Payment> spec = (root, query, cb) -> {
            List<jakarta.persistence.criteria.Predicate> p = new java.util.ArrayList<>();
            p.add(cb.or(cb.isNotNull(root.get("orderId")), cb.isNotNull(root.get("contractId"))));
            if (customerId != null) {
                p.add(cb.equal(root.get("customerId"), customerId));
            }
            if (orderId != null) {
                p.add(cb.equal(root.get("orderId"), orderId));
            }
            if (contractId != null) {
                p.add(cb.equal(root.get("contractId"), contractId));
            }
            if (open) {
                p.add(cb.greaterThan(root.get("amount"), root.get("allocated")));
            }
            return cb.and(p.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
        Page<Payment> page = listPages.find(payments, Payment.class, spec, pageable);
        return com.yiti.shared.ListPages.withContent(page, views.payments(page.getContent()));
    }

    @PreAuthorize("hasAnyRole('FINANCE', 'MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public PaymentView payment(long id) {
        return views.of(payments.findById(id).orElseThrow(() -> new RecordNotFoundException("Payment", id)));
    }

    /** Payments with money not yet applied to invoices (the customers' credit), for finance's home. */
    @PreAuthorize("hasAnyRole('FINANCE', 'MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public long paymentsToAllocate() {
        return payments.countUnallocated();
    }

    /**
     * Records a payment: bank against customer credit in the journal, then allocations (oldest due first, or as
     * given) each moving customer credit to the receivable. An over-payment stays as the customer's credit balance.
     */
    @PreAuthorize("hasRole('FINANCE')")
    public PaymentView recordPayment(NewPayment p) {
        if (p.customerId() == null) {
            throw new BusinessRuleException("customerId", "field.required");
        }
        CreditTerms terms = creditTerms.creditTerms(p.customerId());
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
        com.yiti.order.OrderHeader depositFor = p.orderId() == null ? null : depositOrder(p.orderId(), terms);
        com.yiti.contract.ContractTerms contractFor =
                p.contractId() == null || depositFor != null ? null : depositContract(p.contractId(), terms);
        // money in a foreign currency is booked at the rate of the day it arrived
        BigDecimal rate = rates.rate(terms.currency(), date, "paymentDate");
        Payment payment = payments.saveAndFlush(new Payment(
                numbers.next("PAY"),
                terms.customerId(),
                date,
                p.amount().setScale(2, RoundingMode.UNNECESSARY),
                terms.currency(),
                p.method(),
                reference));
        BigDecimal book = com.yiti.currency.ExchangeRateManagement.toBook(payment.getAmount(), rate);
        payment.booked(rate, book);
        if (depositFor != null) {
            payment.forOrder(depositFor.id(), depositFor.number());
        }
        if (contractFor != null) {
            payment.forContract(contractFor.id(), contractFor.number());
        }
        journal.postAt(
                date,
                DocumentType.PAYMENT,
                payment.getNumber(),
                reference,
                payment.getCurrency(),
                rate,
                actor(),
                List.of(
                        Leg.debit(AccountPurpose.BANK, payment.getAmount(), null),
                        Leg.credit(AccountPurpose.CUSTOMER_CREDIT, payment.getAmount(), payment.getCustomerId())));
        // a deposit waits for its order's invoices (applied as they are issued) unless told where to go
        Map<Long, BigDecimal> plan = p.allocations() != null && !p.allocations().isEmpty()
                ? p.allocations()
                : p.oldestFirst() && depositFor == null && contractFor == null ? oldestFirst(payment) : Map.of();
        settlement.allocate(payment, plan);
        if (depositFor != null) {
            orderSteps.recordStep(
                    depositFor.id(),
                    com.yiti.order.TimelineType.DEPOSIT_RECEIVED,
                    payment.getNumber(),
                    ReceivablesManagement.money(payment.getAmount(), payment.getCurrency()));
        }
        events.publishEvent(new PaymentReceived(
                payment.getId(),
                payment.getNumber(),
                payment.getCustomerId(),
                payment.getPaymentDate(),
                payment.getAmount(),
                payment.getCurrency()));
        return views.of(payment);
    }

    /** The contract a deposit is for: the customer's own, signed or executing. */
    private com.yiti.contract.ContractTerms depositContract(long contractId, CreditTerms terms) {
        com.yiti.contract.ContractTerms contract = contracts
                .terms(contractId)
                .filter(c -> c.customerId() == terms.customerId())
                .orElseThrow(() -> new BusinessRuleException("contractId", "finance.depositContractUnknown"));
        if (!contract.status().open()) {
            throw new BusinessRuleException("contractId", "finance.depositContractClosed", contract.number());
        }
        return contract;
    }

    /** The order a deposit is for: the customer's own, neither cancelled nor closed. */
    private com.yiti.order.OrderHeader depositOrder(long orderId, CreditTerms terms) {
        com.yiti.order.OrderHeader order = orderFacts
                .header(orderId)
                .filter(o -> o.customerId() == terms.customerId())
                .orElseThrow(() -> new BusinessRuleException("orderId", "finance.depositOrderUnknown"));
        if (order.status() == com.yiti.order.OrderStatus.CANCELLED
                || order.status() == com.yiti.order.OrderStatus.CLOSED) {
            throw new BusinessRuleException("orderId", "finance.depositOrderClosed", order.number());
        }
        return order;
    }

    /** Allocates what is left of a payment (the customer's credit) to invoices, as given or oldest due first. */
    @PreAuthorize("hasRole('FINANCE')")
    public PaymentView allocate(long paymentId, Map<Long, BigDecimal> amounts) {
        Payment payment = payments.lock(paymentId).orElseThrow(() -> new RecordNotFoundException("Payment", paymentId));
        settlement.allocate(payment, amounts == null || amounts.isEmpty() ? oldestFirst(payment) : amounts);
        return views.of(payment);
    }

    private Map<Long, BigDecimal> oldestFirst(Payment payment) {
        Map<Long, BigDecimal> plan = new LinkedHashMap<>();
        BigDecimal rest = payment.unallocated();
        for (Invoice invoice : invoices.openOf(payment.getCustomerId(), ReceivablesManagement.OPEN)) {
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

    /** Takes an allocation back (never deleted): the money returns to the customer's credit, the invoice reopens. */
    @PreAuthorize("hasRole('FINANCE')")
    public PaymentView reverseAllocation(long allocationId, String reason) {
        return reverseAllocation(null, allocationId, reason);
    }

    /** The same, for a path that names the payment too: an allocation of another payment is not found. */
    @PreAuthorize("hasRole('FINANCE')")
    public PaymentView reverseAllocation(Long paymentId, long allocationId, String reason) {
        String why = blankToNull(reason);
        if (why == null) {
            throw new BusinessRuleException("reason", "finance.reversalReasonRequired");
        }
        Allocation allocation = allocations
                .findById(allocationId)
                .filter(a -> paymentId == null || a.getPaymentId().equals(paymentId))
                .orElseThrow(() -> new RecordNotFoundException("Allocation", allocationId));
        if (allocation.reversed()) {
            throw new BusinessRuleException(null, "finance.allocationReversed");
        }
        Payment payment = payments.lock(allocation.getPaymentId()).orElseThrow();
        Invoice invoice = invoices.lock(allocation.getInvoiceId()).orElseThrow();
        settlement.reverse(allocation, payment, invoice, why);
        payments.flush();
        return views.of(payment);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ReceivablesManagement.BUSINESS_ZONE));
    }

    private String actor() {
        return directory.current().map(CurrentUser::username).orElse("system");
    }

    private static String money(BigDecimal amount) {
        return ReceivablesManagement.money(amount);
    }
}
