package com.yiti.finance;

import static com.yiti.shared.Text.blankToNull;

import com.yiti.finance.internal.Journal;
import com.yiti.finance.internal.Journal.Leg;
import com.yiti.finance.internal.PayablesSetting;
import com.yiti.finance.internal.PayablesSettings;
import com.yiti.finance.internal.SupplierInvoice;
import com.yiti.finance.internal.SupplierInvoiceLine;
import com.yiti.finance.internal.SupplierInvoices;
import com.yiti.platform.CurrentUser;
import com.yiti.platform.DocumentNumbers;
import com.yiti.platform.NewTask;
import com.yiti.platform.Role;
import com.yiti.platform.TaskManagement;
import com.yiti.platform.UserDirectory;
import com.yiti.purchasing.MatchingFacts;
import com.yiti.purchasing.PurchaseOrderMatching;
import com.yiti.purchasing.PurchaseOrderStatus;
import com.yiti.setup.TaxRateManagement;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.RecordNotFoundException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supplier invoices (进项发票) and the three-way match. FINANCE enters an invoice against a purchase order; each line is
 * compared with what was ordered (price, within the price tolerance) and what was received and not yet invoiced
 * (quantity, within the quantity tolerance). A matched invoice posts at once: goods received not invoiced is cleared
 * at the value the receipts were booked at, the rest of the net amount goes to the purchase price variance, input VAT
 * apart, payables credited with the gross amount. A mismatch holds the invoice and gives PURCHASING a task: it accepts
 * a price difference (the invoice posts, the difference to the variance) or FINANCE cancels the invoice; goods not
 * yet received keep it held until a re-check after the receipt.
 */
@Service
@Transactional
public class SupplierInvoicing {

    static final String HELD_RULE = "supplier-invoice-held";
    private static final List<SupplierInvoiceStatus> RESERVING =
            List.of(SupplierInvoiceStatus.HELD, SupplierInvoiceStatus.OPEN, SupplierInvoiceStatus.PAID);
    private static final List<SupplierInvoiceStatus> POSTED =
            List.of(SupplierInvoiceStatus.OPEN, SupplierInvoiceStatus.PAID);
    private static final BigDecimal MAX_TOLERANCE = new BigDecimal("50");

    private final SupplierInvoices invoices;
    private final PayablesSettings settings;
    private final PurchaseOrderMatching purchasing;
    private final TaxRateManagement taxRates;
    private final Journal journal;
    private final DocumentNumbers numbers;
    private final TaskManagement tasks;
    private final UserDirectory directory;
    private final PayablesViews views;
    private final SupplierDebitNoting debitNotes;
    private final Clock clock;

    SupplierInvoicing(
            SupplierInvoices invoices,
            PayablesSettings settings,
            PurchaseOrderMatching purchasing,
            TaxRateManagement taxRates,
            Journal journal,
            DocumentNumbers numbers,
            TaskManagement tasks,
            UserDirectory directory,
            PayablesViews views,
            SupplierDebitNoting debitNotes,
            Clock clock) {
        this.debitNotes = debitNotes;
        this.invoices = invoices;
        this.settings = settings;
        this.purchasing = purchasing;
        this.taxRates = taxRates;
        this.journal = journal;
        this.numbers = numbers;
        this.tasks = tasks;
        this.directory = directory;
        this.views = views;
        this.clock = clock;
    }

    /** Enters a supplier invoice; it posts when it matches, otherwise it is held for PURCHASING. */
    @PreAuthorize("hasRole('FINANCE')")
    public SupplierInvoiceView enter(NewSupplierInvoice n) {
        if (n.purchaseOrderId() == null) {
            throw new BusinessRuleException("purchaseOrderId", "field.required");
        }
        String reference = blankToNull(n.supplierReference());
        if (reference == null) {
            throw new BusinessRuleException("supplierReference", "field.required");
        }
        if (reference.length() > 40) {
            throw new BusinessRuleException("supplierReference", "field.tooLong", 40);
        }
        if (n.invoiceDate() == null) {
            throw new BusinessRuleException("invoiceDate", "field.required");
        }
        if (n.invoiceDate().isAfter(today())) {
            throw new BusinessRuleException("invoiceDate", "payables.invoiceDateInFuture");
        }
        if (n.dueDate() == null) {
            throw new BusinessRuleException("dueDate", "field.required");
        }
        if (n.dueDate().isBefore(n.invoiceDate())) {
            throw new BusinessRuleException("dueDate", "payables.dueBeforeInvoice");
        }
        MatchingFacts facts = purchasing.lockForMatching(n.purchaseOrderId());
        if (facts.status() == PurchaseOrderStatus.DRAFT || facts.status() == PurchaseOrderStatus.CANCELLED) {
            throw new BusinessRuleException("purchaseOrderId", "payables.orderNotInvoiceable", facts.number());
        }
        if (invoices.referenceTaken(facts.supplierId(), reference)) {
            throw new BusinessRuleException("supplierReference", "payables.referenceTaken", reference);
        }
        SupplierInvoice invoice = new SupplierInvoice(
                numbers.next("AP"),
                facts.supplierId(),
                reference,
                facts.purchaseOrderId(),
                facts.number(),
                n.invoiceDate(),
                n.dueDate(),
                "CNY");
        Set<Long> seen = new HashSet<>();
        List<NewSupplierInvoice.Line> lines = n.lines() == null ? List.of() : n.lines();
        for (int k = 0; k < lines.size(); k++) {
            NewSupplierInvoice.Line l = lines.get(k);
            if (l == null || l.quantity() == null || l.quantity().signum() == 0) {
                continue;
            }
            String at = "lines[" + k + "].";
            MatchingFacts.Line po = l.purchaseOrderLineId() == null ? null : facts.line(l.purchaseOrderLineId());
            if (po == null) {
                throw new BusinessRuleException(at + "purchaseOrderLineId", "payables.lineNotOnOrder", facts.number());
            }
            if (!seen.add(po.id())) {
                throw new BusinessRuleException(at + "purchaseOrderLineId", "payables.lineTwice", po.sku());
            }
            if (l.quantity().signum() < 0) {
                throw new BusinessRuleException(at + "quantity", "stock.quantityPositive");
            }
            if (l.quantity().stripTrailingZeros().scale() > 3) {
                throw new BusinessRuleException(at + "quantity", "stock.quantityScale", 3);
            }
            if (l.unitPrice() == null) {
                throw new BusinessRuleException(at + "unitPrice", "field.required");
            }
            if (l.unitPrice().signum() < 0 || l.unitPrice().stripTrailingZeros().scale() > 4) {
                throw new BusinessRuleException(at + "unitPrice", "payables.priceInvalid");
            }
            if (l.taxRate() == null || !taxRates.isActiveRate(l.taxRate())) {
                throw new BusinessRuleException(at + "taxRate", "payables.taxRateUnknown");
            }
            invoice.add(new SupplierInvoiceLine(
                    po.id(),
                    po.productId(),
                    po.sku(),
                    po.nameZh(),
                    l.quantity(),
                    l.unitPrice().setScale(4, RoundingMode.UNNECESSARY),
                    l.taxRate(),
                    po.unitPrice()));
        }
        if (invoice.getLines().isEmpty()) {
            throw new BusinessRuleException("lines", "payables.noLines");
        }
        invoices.saveAndFlush(invoice);
        matchAndPost(invoice, facts);
        return views.of(invoice);
    }

    /** Matches a held invoice again (after goods arrived or the order changed); it posts if it now matches. */
    @PreAuthorize("hasAnyRole('FINANCE', 'PURCHASING')")
    public SupplierInvoiceView recheck(long id) {
        SupplierInvoice invoice = held(id);
        matchAndPost(invoice, purchasing.lockForMatching(invoice.getPurchaseOrderId()));
        return views.of(invoice);
    }

    /**
     * PURCHASING accepts the price differences of a held invoice (the supplier's price stands, 确认差异): it posts, the
     * differences to the purchase price variance. Quantities not yet received cannot be accepted.
     */
    @PreAuthorize("hasAnyRole('PURCHASING', 'ADMIN')")
    public SupplierInvoiceView release(long id, String note) {
        String why = blankToNull(note);
        if (why == null) {
            throw new BusinessRuleException("note", "payables.releaseNoteRequired");
        }
        if (why.length() > 500) {
            throw new BusinessRuleException("note", "field.tooLong", 500);
        }
        SupplierInvoice invoice = held(id);
        MatchingFacts facts = purchasing.lockForMatching(invoice.getPurchaseOrderId());
        match(invoice, facts);
        if (invoice.getLines().stream().anyMatch(l -> l.getMatchResult() == MatchResult.QUANTITY)) {
            throw new BusinessRuleException(null, "payables.quantityNotReceived");
        }
        invoice.release(actor(), clock.instant(), why);
        post(invoice, facts);
        tasks.closeFor(HELD_RULE, ref(invoice));
        return views.of(invoice);
    }

    /** FINANCE cancels a held invoice (refused, sent back to the supplier); a posted one is never cancelled. */
    @PreAuthorize("hasRole('FINANCE')")
    public SupplierInvoiceView cancel(long id) {
        SupplierInvoice invoice = held(id);
        invoice.cancel();
        tasks.closeFor(HELD_RULE, ref(invoice));
        invoices.flush();
        return views.of(invoice);
    }

    /** The match tolerances in percent: price, quantity. */
    @Transactional(readOnly = true)
    public PayablesTolerances tolerances() {
        PayablesSetting s = settings.current();
        return new PayablesTolerances(s.getPriceTolerancePercent(), s.getQuantityTolerancePercent(), s.getVersion());
    }

    @PreAuthorize("hasRole('ADMIN')")
    public PayablesTolerances changeTolerances(BigDecimal price, BigDecimal quantity, long expectedVersion) {
        check("priceTolerance", price);
        check("quantityTolerance", quantity);
        PayablesSetting s = settings.current();
        if (s.getVersion() != expectedVersion) {
            throw new com.yiti.shared.ConcurrentChangeException("PayablesSetting", s.getId());
        }
        s.apply(price.setScale(2, RoundingMode.UNNECESSARY), quantity.setScale(2, RoundingMode.UNNECESSARY));
        settings.saveAndFlush(s);
        return tolerances();
    }

    private static void check(String field, BigDecimal v) {
        if (v == null) {
            throw new BusinessRuleException(field, "field.required");
        }
        if (v.signum() < 0
                || v.compareTo(MAX_TOLERANCE) > 0
                || v.stripTrailingZeros().scale() > 2) {
            throw new BusinessRuleException(field, "payables.toleranceRange", MAX_TOLERANCE.toPlainString());
        }
    }

    // ---- the match and the posting -------------------------------------------------------------------------------

    private void matchAndPost(SupplierInvoice invoice, MatchingFacts facts) {
        match(invoice, facts);
        if (invoice.matched()) {
            post(invoice, facts);
            tasks.closeFor(HELD_RULE, ref(invoice));
        } else {
            invoice.hold();
            invoices.flush();
            tasks.raise(new NewTask(
                    "payables.task.held",
                    List.of(invoice.getNumber(), facts.supplierName(), facts.number()),
                    "/finance/supplier-invoices/" + invoice.getId(),
                    null,
                    Role.PURCHASING,
                    today().plusDays(2),
                    HELD_RULE,
                    ref(invoice)));
        }
    }

    /** Compares every line with the order and with what other invoices already claim of the receipts. */
    private void match(SupplierInvoice invoice, MatchingFacts facts) {
        PayablesSetting tolerance = settings.current();
        Map<Long, BigDecimal[]> others = invoiced(facts.purchaseOrderId(), RESERVING, invoice.getId());
        for (SupplierInvoiceLine line : invoice.getLines()) {
            MatchingFacts.Line po = facts.line(line.getPurchaseOrderLineId());
            BigDecimal uninvoiced = po.received()
                    .subtract(others.getOrDefault(po.id(), ZEROS)[0])
                    .max(BigDecimal.ZERO);
            BigDecimal quantityLimit = uninvoiced.multiply(
                    BigDecimal.ONE.add(tolerance.getQuantityTolerancePercent().movePointLeft(2)));
            BigDecimal priceLimit =
                    po.unitPrice().multiply(tolerance.getPriceTolerancePercent().movePointLeft(2));
            MatchResult result = line.getQuantity().compareTo(quantityLimit) > 0
                    ? MatchResult.QUANTITY
                    : line.getUnitPrice().subtract(po.unitPrice()).abs().compareTo(priceLimit) > 0
                            ? MatchResult.PRICE
                            : MatchResult.MATCHED;
            line.matched(uninvoiced, result);
        }
    }

    /**
     * Posts the invoice: each line clears its share of what its purchase order line's receipts put into goods
     * received not invoiced and other invoices have not cleared yet (all of it when the line invoices the rest).
     */
    private void post(SupplierInvoice invoice, MatchingFacts facts) {
        Map<Long, BigDecimal[]> posted = invoiced(facts.purchaseOrderId(), POSTED, invoice.getId());
        BigDecimal grni = BigDecimal.ZERO;
        for (SupplierInvoiceLine line : invoice.getLines()) {
            MatchingFacts.Line po = facts.line(line.getPurchaseOrderLineId());
            BigDecimal[] before = posted.getOrDefault(po.id(), ZEROS);
            BigDecimal restQuantity = po.received().subtract(before[0]);
            BigDecimal restValue = po.receivedValue().subtract(before[1]).max(BigDecimal.ZERO);
            BigDecimal clears = restQuantity.signum() <= 0
                    ? BigDecimal.ZERO
                    : line.getQuantity().compareTo(restQuantity) >= 0
                            ? restValue
                            : restValue.multiply(line.getQuantity()).divide(restQuantity, 2, RoundingMode.HALF_UP);
            line.clears(clears);
            grni = grni.add(clears);
        }
        BigDecimal variance = invoice.getNetAmount().subtract(grni);
        invoice.post(grni, variance, clock.instant());
        invoices.flush();
        List<Leg> legs = new ArrayList<>();
        legs.add(Leg.debit(AccountPurpose.GRNI, grni, null));
        legs.add(
                variance.signum() >= 0
                        ? Leg.debit(AccountPurpose.PURCHASE_VARIANCE, variance, null)
                        : Leg.credit(AccountPurpose.PURCHASE_VARIANCE, variance.negate(), null));
        legs.add(Leg.debit(AccountPurpose.INPUT_VAT, invoice.getTaxAmount(), null));
        legs.add(Leg.credit(AccountPurpose.PAYABLES, invoice.getGrossAmount(), null));
        journal.post(
                today(),
                DocumentType.SUPPLIER_INVOICE,
                invoice.getNumber(),
                invoice.getSupplierReference(),
                invoice.getCurrency(),
                actor(),
                legs);
        // a credit the supplier owes us (a debit note not yet set off) is taken off this invoice at once
        debitNotes.applyCredits(invoice.getSupplierId());
    }

    private static final BigDecimal[] ZEROS = {BigDecimal.ZERO, BigDecimal.ZERO};

    /**
     * Per purchase order line: quantity invoiced and goods received not invoiced cleared, net of debit notes (goods
     * returned after they were invoiced are no longer invoiced: a replacement can be).
     */
    private Map<Long, BigDecimal[]> invoiced(long purchaseOrderId, List<SupplierInvoiceStatus> statuses, Long except) {
        Map<Long, BigDecimal[]> byLine = new HashMap<>();
        for (Object[] row : invoices.invoicedByLine(purchaseOrderId, statuses, except == null ? -1L : except)) {
            byLine.put((Long) row[0], new BigDecimal[] {(BigDecimal) row[1], (BigDecimal) row[2]});
        }
        debitNotes
                .debitedByLine(purchaseOrderId)
                .forEach((line, debited) -> byLine.computeIfPresent(
                        line, (k, v) -> new BigDecimal[] {v[0].subtract(debited[0]), v[1].subtract(debited[1])}));
        return byLine;
    }

    private SupplierInvoice held(long id) {
        SupplierInvoice invoice =
                invoices.lock(id).orElseThrow(() -> new RecordNotFoundException("SupplierInvoice", id));
        if (invoice.getStatus() != SupplierInvoiceStatus.HELD) {
            throw new BusinessRuleException(null, "payables.notHeld", invoice.getNumber());
        }
        return invoice;
    }

    private static String ref(SupplierInvoice invoice) {
        return "AP:" + invoice.getId();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ReceivablesManagement.BUSINESS_ZONE));
    }

    private String actor() {
        return directory.current().map(CurrentUser::username).orElse("system");
    }
}
