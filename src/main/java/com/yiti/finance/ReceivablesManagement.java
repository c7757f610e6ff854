package com.yiti.finance;

import static com.yiti.shared.Text.blankToNull;

import com.yiti.customer.CreditTerms;
import com.yiti.customer.CustomerManagement;
import com.yiti.finance.internal.Allocation;
import com.yiti.finance.internal.Allocations;
import com.yiti.finance.internal.CreditNote;
import com.yiti.finance.internal.CreditNotes;
import com.yiti.finance.internal.Invoice;
import com.yiti.finance.internal.InvoiceLine;
import com.yiti.finance.internal.Invoices;
import com.yiti.finance.internal.Journal;
import com.yiti.finance.internal.Journal.Leg;
import com.yiti.finance.internal.OpenByDueDate;
import com.yiti.finance.internal.Payment;
import com.yiti.finance.internal.Payments;
import com.yiti.inventory.InventoryManagement;
import com.yiti.inventory.ProductView;
import com.yiti.order.OrderForInvoice;
import com.yiti.order.ShipmentDispatched;
import com.yiti.order.TimelineType;
import com.yiti.platform.CurrentUser;
import com.yiti.platform.DocumentNumbers;
import com.yiti.platform.Role;
import com.yiti.platform.SalesScope;
import com.yiti.platform.TaskManagement;
import com.yiti.platform.UserDirectory;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.RecordNotFoundException;
import jakarta.persistence.criteria.Predicate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receivables: invoices from shipments and credit notes, and the invoice, credit-note and allocation reads. FINANCE
 * works on them; MANAGER and ADMIN read; a sales rep reads the invoices of the customers in their scope. Every
 * business event posts its balanced journal entry in its own transaction. Payments are {@link PaymentManagement},
 * exposure and aging {@link ReceivablesPosition}, credit holds and overdue tasks {@link CreditControl}; what payments
 * and credit notes share (allocating, reversing, settling an invoice) is {@link Settlement}.
 */
@Service
@Transactional
public class ReceivablesManagement {

    static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");
    static final List<InvoiceStatus> OPEN = List.of(InvoiceStatus.ISSUED, InvoiceStatus.PARTIALLY_PAID);
    static final String OVERDUE_RULE = "finance.overdue-invoice";
    private static final Set<Role> FINANCE_READERS = Set.of(Role.FINANCE, Role.MANAGER, Role.ADMIN);

    private final Invoices invoices;
    private final CreditNotes creditNotes;
    private final Payments payments;
    private final Allocations allocations;
    private final Journal journal;
    private final com.yiti.order.OrderSteps orders;
    private final CustomerManagement customers;
    private final com.yiti.customer.CreditTermsManagement creditTerms;
    private final InventoryManagement inventory;
    private final com.yiti.inventory.StockValuation valuation;
    private final DocumentNumbers numbers;
    private final TaskManagement tasks;
    private final UserDirectory directory;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final OpenByDueDate dues;

    private final DueDates dueDates;
    private final ReceivablesViews views;
    private final Settlement settlement;
    private final com.yiti.shared.ListPages listPages;
    private final com.yiti.currency.ExchangeRateManagement rates;

    ReceivablesManagement(
            Invoices invoices,
            CreditNotes creditNotes,
            Payments payments,
            Allocations allocations,
            Journal journal,
            com.yiti.order.OrderSteps orders,
            CustomerManagement customers,
            com.yiti.customer.CreditTermsManagement creditTerms,
            DueDates dueDates,
            InventoryManagement inventory,
            com.yiti.inventory.StockValuation valuation,
            DocumentNumbers numbers,
            TaskManagement tasks,
            UserDirectory directory,
            Clock clock,
            org.springframework.context.ApplicationEventPublisher events,
            OpenByDueDate dues,
            ReceivablesViews views,
            Settlement settlement,
            com.yiti.shared.ListPages listPages,
            com.yiti.currency.ExchangeRateManagement rates) {
        this.rates = rates;
        this.listPages = listPages;
        this.views = views;
        this.settlement = settlement;
        this.events = events;
        this.dues = dues;
        this.invoices = invoices;
        this.creditNotes = creditNotes;
        this.payments = payments;
        this.allocations = allocations;
        this.journal = journal;
        this.orders = orders;
        this.customers = customers;
        this.creditTerms = creditTerms;
        this.dueDates = dueDates;
        this.inventory = inventory;
        this.valuation = valuation;
        this.numbers = numbers;
        this.tasks = tasks;
        this.directory = directory;
        this.clock = clock;
    }

    // ---- invoicing ---------------------------------------------------------------------------------------------

    /**
     * The invoice of a dispatched shipment: shipped quantities at the order's prices, discounts and tax rates, due
     * after the customer's payment terms; AR against revenue and output VAT in the journal; INVOICED on the order's
     * timeline. Called once per shipment by the event listener; a repeated delivery of the event changes nothing.
     */
    public InvoiceView invoiceShipment(ShipmentDispatched shipment) {
        if (invoices.existsByShipmentId(shipment.shipmentId())) {
            return null;
        }
        OrderForInvoice order = orders.forInvoicing(shipment.orderId());
        CreditTerms terms = creditTerms.creditTerms(order.customerId());
        LocalDate today = today();
        // a foreign invoice is booked at the rate of its day; none entered, and it waits (the listener retries)
        BigDecimal rate = rates.rate(order.currency(), today, "currency");
        Invoice invoice = new Invoice(
                numbers.next("INV"),
                order.customerId(),
                order.ownerId(),
                order.orderId(),
                order.number(),
                shipment.shipmentId(),
                shipment.shipmentNumber(),
                today,
                dueDates.dueDate(terms, today),
                order.currency());
        Map<Long, ProductView> products = inventory.productsById(shipment.lines().stream()
                .map(ShipmentDispatched.Line::productId)
                .collect(Collectors.toSet()));
        // the margin at what the goods left stock at: the moving-average cost (decision 025)
        Map<Long, BigDecimal> costs = valuation.averageCosts(products.keySet());
        for (ShipmentDispatched.Line shipped : shipment.lines()) {
            OrderForInvoice.Line line = order.line(shipped.orderLineId());
            invoice.add(new InvoiceLine(
                    line.orderLineId(),
                    line.productId(),
                    products.get(line.productId()).sku(),
                    shipped.quantity(),
                    line.unitPrice(),
                    line.discountPct(),
                    line.taxRate(),
                    costs.get(line.productId())));
        }
        invoice.nothingDueIfFree();
        // in CNY line by line at the rate (revenue and VAT), the receivable their sum: what the dashboards add up
        BookedLines booked =
                BookedLines.of(invoice.getLines(), InvoiceLine::getNetAmount, InvoiceLine::getTaxAmount, rate);
        boolean foreign = !com.yiti.currency.ExchangeRateManagement.BOOK_CURRENCY.equals(invoice.getCurrency());
        List<Leg> legs = List.of(
                Leg.debit(
                        AccountPurpose.RECEIVABLES,
                        booked.gross(),
                        foreign ? invoice.getGrossTotal() : null,
                        invoice.getCustomerId()),
                Leg.credit(AccountPurpose.REVENUE, booked.net(), foreign ? invoice.getNetTotal() : null, null),
                Leg.credit(AccountPurpose.OUTPUT_VAT, booked.tax(), foreign ? invoice.getTaxTotal() : null, null));
        invoice.booked(rate, booked.gross(), booked.net());
        invoices.saveAndFlush(invoice);
        dues.changed(invoice.getDueDate(), invoice.getBookOpen());
        journal.post(
                today,
                DocumentType.INVOICE,
                invoice.getNumber(),
                invoice.getOrderNumber() + " / " + invoice.getShipmentNumber(),
                invoice.getCurrency(),
                actor(),
                legs);
        tasks.closeFor(MISSING_RATE_RULE, missingRateRef(shipment.shipmentId()));
        orders.shipmentInvoiced(
                invoice.getOrderId(),
                shipment.shipmentId(),
                invoice.getNumber(),
                money(invoice.getGrossTotal(), invoice.getCurrency()));
        // deposits received for the order (预收款/定金) pay the invoice as far as they go
        settlement.applyDeposits(invoice);
        events.publishEvent(new InvoiceIssued(
                invoice.getId(),
                invoice.getNumber(),
                invoice.getCustomerId(),
                invoice.getOwnerId(),
                invoice.getOrderId(),
                invoice.getInvoiceDate(),
                BookedLines.revenueLines(
                        invoice.getLines(),
                        booked,
                        l -> new RevenueLine(
                                l.getProductId(), l.getQuantity(), null, null, cost(l, l.getQuantity())))));
        return views.of(invoice);
    }

    static final String MISSING_RATE_RULE = "finance.missing-rate";

    static String missingRateRef(long shipmentId) {
        return "shipment:" + shipmentId;
    }

    // ---- reads -------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Page<InvoiceView> invoices(InvoiceFilter filter, Pageable pageable) {
        Scope scope = scope();
        if (scope.none()) {
            return Page.empty(pageable);
        }
        Page<Invoice> page = listPages.find(invoices, Invoice.class, spec(filter, scope), pageable);
        return com.yiti.shared.ListPages.withContent(page, views.invoices(page.getContent()));
    }

    @Transactional(readOnly = true)
    public InvoiceView invoice(long id) {
        return views.of(visible(id));
    }

    @Transactional(readOnly = true)
    public List<CreditNoteView> creditNotesOf(long invoiceId) {
        visible(invoiceId);
        return creditNotes.findByInvoiceIdOrderByIdAsc(invoiceId).stream()
                .map(views::of)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<AllocationView> allocationsOf(long invoiceId) {
        visible(invoiceId);
        return views.allocations(allocations.findByInvoiceIdOrderByIdAsc(invoiceId));
    }

    @PreAuthorize("hasAnyRole('FINANCE', 'MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Page<CreditNoteView> creditNotes(Pageable pageable) {
        return creditNotes.findAllByOrderByIdDesc(pageable).map(views::of);
    }

    @PreAuthorize("hasAnyRole('FINANCE', 'MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public CreditNoteView creditNote(long id) {
        return views.of(creditNotes.findById(id).orElseThrow(() -> new RecordNotFoundException("CreditNote", id)));
    }

    // ---- credit notes ------------------------------------------------------------------------------------------

    /**
     * A credit note against an invoice: the quantities per invoice line given, or everything not credited yet when
     * none are. It cannot exceed what is still open on the invoice. Revenue and VAT against AR in the journal.
     */
    @PreAuthorize("hasRole('FINANCE')")
    public CreditNoteView issueCreditNote(long invoiceId, Map<Long, BigDecimal> quantities, String reason) {
        String why = blankToNull(reason);
        if (why == null) {
            throw new BusinessRuleException("reason", "finance.creditReasonRequired");
        }
        if (why.length() > 500) {
            throw new BusinessRuleException("reason", "field.tooLong", 500);
        }
        Invoice invoice = invoices.lock(invoiceId).orElseThrow(() -> new RecordNotFoundException("Invoice", invoiceId));
        return views.of(credit(invoice, quantities, why, false));
    }

    /**
     * Credit notes for returned goods (after-sales decides who may ask): per order line the quantity returned is
     * credited on the order's invoices, latest invoice first. Where an invoice was already paid, the allocations that
     * paid it are taken back first (the money returns to the customer's credit) and re-applied to what remains open
     * after the credit, so the customer keeps the returned amount as credit. Nothing invoiced yet is refused.
     */
    public List<CreditNoteView> creditReturn(long orderId, Map<Long, BigDecimal> returned, String reason) {
        List<Invoice> ofOrder = invoices.findByOrderId(orderId).stream()
                .sorted(java.util.Comparator.comparing(Invoice::getId))
                .map(i -> invoices.lock(i.getId()).orElseThrow())
                .toList();
        Map<Long, Map<Long, BigDecimal>> plan = new java.util.TreeMap<>();
        for (var e : new java.util.TreeMap<>(returned).entrySet()) {
            BigDecimal rest = e.getValue();
            String sku = null;
            List<Invoice> latestFirst = new ArrayList<>(ofOrder);
            java.util.Collections.reverse(latestFirst);
            for (Invoice invoice : latestFirst) {
                for (InvoiceLine line : invoice.getLines()) {
                    if (!line.getOrderLineId().equals(e.getKey()) || rest.signum() <= 0) {
                        continue;
                    }
                    sku = line.getSku();
                    BigDecimal take = rest.min(line.creditable());
                    if (take.signum() > 0) {
                        plan.computeIfAbsent(invoice.getId(), k -> new LinkedHashMap<>())
                                .merge(line.getId(), take, BigDecimal::add);
                        rest = rest.subtract(take);
                    }
                }
            }
            if (rest.signum() > 0) {
                throw new BusinessRuleException(
                        "quantity", "return.notInvoiced", sku == null ? String.valueOf(e.getKey()) : sku, plain(rest));
            }
        }
        List<CreditNoteView> notes = new ArrayList<>();
        for (Invoice invoice : ofOrder) {
            Map<Long, BigDecimal> quantities = plan.get(invoice.getId());
            if (quantities != null) {
                notes.add(views.of(credit(invoice, quantities, reason, true)));
            }
        }
        return notes;
    }

    /**
     * Writes a credit note on a locked invoice. Above what is open it is refused, unless {@code makeRoom}: then the
     * invoice's allocations are reversed, newest first, until it fits, and re-applied to what remains open after.
     */
    private CreditNote credit(Invoice invoice, Map<Long, BigDecimal> quantities, String why, boolean makeRoom) {
        CreditNote note = new CreditNote(
                numbers.next("CN"),
                invoice.getId(),
                invoice.getCustomerId(),
                today(),
                why,
                invoice.getCurrency(),
                actor(),
                clock.instant());
        boolean full = quantities == null || quantities.values().stream().allMatch(q -> q == null || q.signum() == 0);
        for (InvoiceLine line : invoice.getLines()) {
            BigDecimal q = full ? line.creditable() : quantities.get(line.getId());
            if (q == null || q.signum() == 0) {
                continue;
            }
            if (q.signum() < 0) {
                throw new BusinessRuleException("quantity", "stock.quantityPositive");
            }
            if (q.compareTo(line.creditable()) > 0) {
                throw new BusinessRuleException(
                        "quantity", "finance.creditAboveInvoice", line.getSku(), plain(line.creditable()));
            }
            boolean rest = q.compareTo(line.creditable()) == 0
                    && line.getCreditedQuantity().signum() == 0;
            BigDecimal net = rest ? line.getNetAmount() : line.net(q);
            BigDecimal tax = rest ? line.getTaxAmount() : line.tax(net);
            line.credited(q);
            note.add(line.getId(), q, net, tax);
        }
        if (note.getLines().isEmpty()) {
            throw new BusinessRuleException("quantity", "finance.creditNothing");
        }
        List<Long> freed = List.of();
        if (note.getGrossTotal().compareTo(invoice.open()) > 0) {
            if (!makeRoom) {
                throw new BusinessRuleException(
                        null, "finance.creditAboveOpen", money(invoice.open(), invoice.getCurrency()));
            }
            freed = makeRoom(invoice, note.getGrossTotal(), why);
        }
        // at the invoice's rate; what it takes off the receivable is exact (all that is left when it credits the rest)
        // at the invoice's rate, line by line like the invoice; the receivable loses that, or all that is left when
        // the note credits the rest — a fen of rounding between the two is an exchange difference
        BigDecimal rate = invoice.getExchangeRate();
        BookedLines booked = BookedLines.of(
                note.getLines(),
                com.yiti.finance.internal.CreditNoteLine::getNetAmount,
                com.yiti.finance.internal.CreditNoteLine::getTaxAmount,
                rate);
        BigDecimal arBook = invoice.credit(note.getGrossTotal(), booked.gross());
        note.booked(rate, booked.net());
        dues.changed(invoice.getDueDate(), arBook.negate());
        creditNotes.saveAndFlush(note);
        invoices.flush();
        boolean foreign = !com.yiti.currency.ExchangeRateManagement.BOOK_CURRENCY.equals(note.getCurrency());
        List<Leg> legs = new ArrayList<>(List.of(
                Leg.debit(AccountPurpose.REVENUE, booked.net(), foreign ? note.getNetTotal() : null, null),
                Leg.debit(AccountPurpose.OUTPUT_VAT, booked.tax(), foreign ? note.getTaxTotal() : null, null),
                Leg.credit(
                        AccountPurpose.RECEIVABLES,
                        arBook,
                        foreign ? note.getGrossTotal() : null,
                        invoice.getCustomerId())));
        BigDecimal rounding = arBook.subtract(booked.gross());
        if (rounding.signum() > 0) {
            legs.add(Leg.debit(AccountPurpose.EXCHANGE_DIFFERENCE, rounding, null, null));
        } else if (rounding.signum() < 0) {
            legs.add(Leg.credit(AccountPurpose.EXCHANGE_DIFFERENCE, rounding.negate(), null, null));
        }
        journal.post(
                note.getNoteDate(),
                DocumentType.CREDIT_NOTE,
                note.getNumber(),
                invoice.getNumber(),
                note.getCurrency(),
                actor(),
                legs);
        orders.recordStep(
                invoice.getOrderId(),
                TimelineType.CREDITED,
                note.getNumber(),
                money(note.getGrossTotal(), note.getCurrency()));
        Map<Long, InvoiceLine> invoiceLines = invoice.getLines().stream()
                .collect(Collectors.toMap(InvoiceLine::getId, java.util.function.Function.identity()));
        events.publishEvent(new CreditNoteIssued(
                note.getId(),
                note.getNumber(),
                invoice.getId(),
                invoice.getCustomerId(),
                invoice.getOwnerId(),
                note.getNoteDate(),
                BookedLines.revenueLines(note.getLines(), booked, l -> {
                    InvoiceLine line = invoiceLines.get(l.getInvoiceLineId());
                    return new RevenueLine(
                            line.getProductId(), l.getQuantity(), null, null, cost(line, l.getQuantity()));
                })));
        for (Long paymentId : freed) {
            Payment payment = payments.lock(paymentId).orElseThrow();
            BigDecimal again = payment.unallocated().min(invoice.open());
            if (again.signum() > 0) {
                settlement.allocate(payment, Map.of(invoice.getId(), again));
            }
        }
        settlement.settled(invoice);
        return note;
    }

    /** Reverses the invoice's allocations, newest first, until the amount fits what is open; the payments freed. */
    private List<Long> makeRoom(Invoice invoice, BigDecimal amount, String why) {
        List<Long> freed = new ArrayList<>();
        List<Allocation> live = allocations.findByInvoiceIdOrderByIdAsc(invoice.getId()).stream()
                .filter(a -> !a.reversed())
                .toList();
        List<Allocation> newestFirst = new ArrayList<>(live);
        java.util.Collections.reverse(newestFirst);
        for (Allocation a : newestFirst) {
            if (amount.compareTo(invoice.open()) <= 0) {
                break;
            }
            settlement.reverse(a, payments.lock(a.getPaymentId()).orElseThrow(), invoice, why);
            if (!freed.contains(a.getPaymentId())) {
                freed.add(a.getPaymentId());
            }
        }
        if (amount.compareTo(invoice.open()) > 0) {
            throw new BusinessRuleException(
                    null, "finance.creditAboveOpen", money(invoice.open(), invoice.getCurrency()));
        }
        return freed;
    }

    /** A line's cost at the standard cost it was invoiced with, rounded to cents. */
    private static BigDecimal cost(InvoiceLine line, BigDecimal quantity) {
        return quantity.multiply(line.getStandardCost()).setScale(2, RoundingMode.HALF_UP);
    }

    /** Closes a delivered order when all its invoices are paid (or credited). */
    void closeIfSettled(long orderId) {
        settlement.closeIfSettled(orderId);
    }

    static String overdueRef(long invoiceId) {
        return "invoice:" + invoiceId;
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    /** Who sees which invoices: finance roles all; sales their scope; anyone else none. */
    record Scope(boolean all, SalesScope sales) {

        boolean none() {
            return !all && sales.none();
        }

        boolean includes(long ownerId) {
            return all || sales.includes(ownerId);
        }
    }

    Scope scope() {
        CurrentUser user = directory.current().orElse(null);
        if (user == null || user.hasAnyRole(FINANCE_READERS)) {
            return new Scope(true, new SalesScope(true, true, Set.of()));
        }
        return new Scope(false, directory.salesScope(user));
    }

    private Invoice visible(long id) {
        Invoice invoice = invoices.findById(id).orElseThrow(() -> new RecordNotFoundException("Invoice", id));
        if (!scope().includes(invoice.getOwnerId())) {
            throw new RecordNotFoundException("Invoice", id);
        }
        return invoice;
    }

    private Specification<Invoice> spec(InvoiceFilter f, Scope scope) {
        LocalDate today = today();
        return (root, query, cb) -> {
            List<Predicate> p = new ArrayList<>();
            if (!scope.all() && !scope.sales().all()) {
                p.add(root.get("ownerId").in(scope.sales().ownerIds()));
            }
            if (f.q() != null && !f.q().isBlank()) {
                p.add(com.yiti.shared.DocumentTextSearch.matches(cb, root, f.q(), "number", "orderNumber"));
            }
            if (f.status() != null) {
                p.add(cb.equal(root.get("status"), f.status()));
            }
            if (f.customerId() != null) {
                p.add(cb.equal(root.get("customerId"), f.customerId()));
            }
            if (f.orderId() != null) {
                p.add(cb.equal(root.get("orderId"), f.orderId()));
            }
            if (f.overdueOnly()) {
                p.add(root.get("status").in(OPEN));
                p.add(cb.lessThan(root.get("dueDate"), today));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(BUSINESS_ZONE));
    }

    private String actor() {
        return directory.current().map(CurrentUser::username).orElse("system");
    }

    /** Amounts in hold reasons, timeline steps and tasks read like everywhere else: ¥1,130.00. */
    static String money(BigDecimal amount) {
        return com.yiti.shared.Money.format(amount);
    }

    static String money(BigDecimal amount, String currency) {
        return com.yiti.shared.Money.format(amount, currency);
    }

    private static String plain(BigDecimal q) {
        return q.stripTrailingZeros().toPlainString();
    }
}
