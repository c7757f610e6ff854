package com.yiti.finance;

import com.yiti.finance.internal.Allocation;
import com.yiti.finance.internal.Allocations;
import com.yiti.finance.internal.Invoice;
import com.yiti.finance.internal.Invoices;
import com.yiti.finance.internal.Journal;
import com.yiti.finance.internal.Journal.Leg;
import com.yiti.finance.internal.OpenByDueDate;
import com.yiti.finance.internal.Payment;
import com.yiti.finance.internal.Payments;
import com.yiti.order.TimelineType;
import com.yiti.platform.CurrentUser;
import com.yiti.platform.TaskManagement;
import com.yiti.platform.UserDirectory;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.RecordNotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What payments and credit notes share: reversing an allocation, and what follows when an invoice changed (PAID on
 * its order's timeline, its overdue task closed, a delivered order whose invoices are settled closed). Runs in the
 * caller's transaction.
 */
@Component
class Settlement {

    private final Invoices invoices;
    private final Payments payments;
    private final Allocations allocations;
    private final OpenByDueDate dues;
    private final Journal journal;
    private final com.yiti.order.OrderSteps orders;
    private final TaskManagement tasks;
    private final UserDirectory directory;
    private final Clock clock;

    private final com.yiti.contract.ContractManagement contracts;

    Settlement(
            Invoices invoices,
            Payments payments,
            Allocations allocations,
            OpenByDueDate dues,
            Journal journal,
            com.yiti.order.OrderSteps orders,
            TaskManagement tasks,
            UserDirectory directory,
            Clock clock,
            com.yiti.contract.ContractManagement contracts) {
        this.contracts = contracts;
        this.invoices = invoices;
        this.payments = payments;
        this.allocations = allocations;
        this.dues = dues;
        this.journal = journal;
        this.orders = orders;
        this.tasks = tasks;
        this.directory = directory;
        this.clock = clock;
    }

    /** Takes one allocation back: the money returns to the customer's credit, the invoice reopens, the journal says so. */
    void reverse(Allocation allocation, Payment payment, Invoice invoice, String why) {
        allocation.reverse(actor(), clock.instant(), why.length() > 500 ? why.substring(0, 500) : why);
        payment.unallocate(allocation.getAmount(), allocation.getCreditBook());
        invoice.unpay(allocation.getAmount(), allocation.getArBook());
        dues.changed(invoice.getDueDate(), allocation.getArBook());
        journal.post(
                today(),
                DocumentType.ALLOCATION_REVERSAL,
                payment.getNumber(),
                invoice.getNumber(),
                payment.getCurrency(),
                actor(),
                legs(
                        allocation.getAmount(),
                        payment.getCurrency(),
                        payment.getCustomerId(),
                        allocation.getArBook(),
                        allocation.getCreditBook(),
                        true));
        payments.flush();
    }

    /**
     * The entry of an allocation (or, {@code reversed}, of taking it back): customer credit against the receivable,
     * each at its own booked CNY; where they differ (a foreign invoice paid at another day's rate) the difference is
     * a realised exchange gain or loss. Foreign amounts stay on the lines.
     */
    static List<Leg> legs(
            BigDecimal amount,
            String currency,
            Long customerId,
            BigDecimal arBook,
            BigDecimal creditBook,
            boolean reversed) {
        BigDecimal fc = com.yiti.currency.ExchangeRateManagement.BOOK_CURRENCY.equals(currency) ? null : amount;
        List<Leg> legs = new java.util.ArrayList<>();
        BigDecimal gain = creditBook.subtract(arBook);
        if (!reversed) {
            legs.add(Leg.debit(AccountPurpose.CUSTOMER_CREDIT, creditBook, fc, customerId));
            legs.add(Leg.credit(AccountPurpose.RECEIVABLES, arBook, fc, customerId));
            if (gain.signum() > 0) {
                legs.add(Leg.credit(AccountPurpose.EXCHANGE_DIFFERENCE, gain, null, null));
            } else if (gain.signum() < 0) {
                legs.add(Leg.debit(AccountPurpose.EXCHANGE_DIFFERENCE, gain.negate(), null, null));
            }
        } else {
            legs.add(Leg.debit(AccountPurpose.RECEIVABLES, arBook, fc, customerId));
            legs.add(Leg.credit(AccountPurpose.CUSTOMER_CREDIT, creditBook, fc, customerId));
            if (gain.signum() > 0) {
                legs.add(Leg.debit(AccountPurpose.EXCHANGE_DIFFERENCE, gain, null, null));
            } else if (gain.signum() < 0) {
                legs.add(Leg.credit(AccountPurpose.EXCHANGE_DIFFERENCE, gain.negate(), null, null));
            }
        }
        return legs;
    }

    /** Applies a payment to invoices (amount per invoice id), each step in the journal; refused above what is open. */
    void allocate(Payment payment, Map<Long, BigDecimal> plan) {
        for (var e : new java.util.TreeMap<>(plan).entrySet()) {
            BigDecimal amount = e.getValue();
            if (amount == null || amount.signum() == 0) {
                continue;
            }
            if (amount.signum() < 0) {
                throw new BusinessRuleException("allocations", "finance.allocationPositive");
            }
            Invoice invoice =
                    invoices.lock(e.getKey()).orElseThrow(() -> new RecordNotFoundException("Invoice", e.getKey()));
            if (!invoice.getCustomerId().equals(payment.getCustomerId())) {
                throw new BusinessRuleException("allocations", "finance.allocationOtherCustomer", invoice.getNumber());
            }
            if (amount.compareTo(invoice.open()) > 0) {
                throw new BusinessRuleException(
                        "allocations", "finance.allocationAboveOpen", invoice.getNumber(), money(invoice.open()));
            }
            if (amount.compareTo(payment.unallocated()) > 0) {
                throw new BusinessRuleException(
                        "allocations", "finance.allocationAbovePayment", money(payment.unallocated()));
            }
            if (!invoice.getCurrency().equals(payment.getCurrency())) {
                throw new BusinessRuleException(
                        "allocations",
                        "finance.allocationOtherCurrency",
                        invoice.getNumber(),
                        invoice.getCurrency(),
                        payment.getCurrency());
            }
            BigDecimal creditBook = payment.allocateBooked(amount);
            BigDecimal arBook = invoice.pay(amount);
            dues.changed(invoice.getDueDate(), arBook.negate());
            allocations.save(new Allocation(
                    payment.getId(), invoice.getId(), amount, arBook, creditBook, actor(), clock.instant()));
            journal.post(
                    today(),
                    DocumentType.ALLOCATION,
                    payment.getNumber(),
                    invoice.getNumber(),
                    payment.getCurrency(),
                    actor(),
                    legs(amount, payment.getCurrency(), payment.getCustomerId(), arBook, creditBook, false));
            invoices.flush();
            settled(invoice);
        }
        payments.flush();
    }

    /**
     * An invoice just issued takes its order's deposits (oldest first, as far as they and the invoice go): in the
     * invoice's transaction, each step in the journal like any allocation.
     */
    void applyDeposits(Invoice invoice) {
        if (invoice.getOrderId() == null) {
            return;
        }
        List<Long> deposits = new java.util.ArrayList<>(payments.depositsWithCredit(invoice.getOrderId()));
        // then what was paid in advance on the contract the order was placed under (the 预付款 on signing)
        contracts
                .contractOf(invoice.getOrderId())
                .ifPresent(c -> deposits.addAll(payments.contractDepositsWithCredit(c)));
        for (Long id : deposits) {
            Payment deposit = payments.lock(id).orElseThrow();
            BigDecimal amount = deposit.unallocated().min(invoice.open());
            if (amount.signum() > 0 && deposit.getCurrency().equals(invoice.getCurrency())) {
                allocate(deposit, Map.of(invoice.getId(), amount));
            }
        }
    }

    /** After an invoice changed: PAID on the order's timeline, and a delivered order whose invoices are settled closes. */
    void settled(Invoice invoice) {
        if (invoice.getStatus() == InvoiceStatus.PAID) {
            if (invoice.getOrderId() != null) {
                orders.recordStep(invoice.getOrderId(), TimelineType.PAID, invoice.getNumber(), today().toString());
            }
            tasks.closeFor(ReceivablesManagement.OVERDUE_RULE, ReceivablesManagement.overdueRef(invoice.getId()));
        }
        if (invoice.getOrderId() != null) {
            closeIfSettled(invoice.getOrderId());
        }
    }

    /** Closes a delivered order when all its invoices are paid (or credited). */
    void closeIfSettled(long orderId) {
        List<Invoice> ofOrder = invoices.findByOrderId(orderId);
        if (!ofOrder.isEmpty() && ofOrder.stream().noneMatch(i -> i.getStatus().open())) {
            orders.closeIfDelivered(orderId);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ReceivablesManagement.BUSINESS_ZONE));
    }

    private static String money(BigDecimal amount) {
        return ReceivablesManagement.money(amount);
    }

    private String actor() {
        return directory.current().map(CurrentUser::username).orElse("system");
    }
}
