package com.yiti.finance;

import com.yiti.finance.internal.Journal;
import com.yiti.finance.internal.Journal.Leg;
import com.yiti.finance.internal.SupplierDebitApplication;
import com.yiti.finance.internal.SupplierDebitApplications;
import com.yiti.finance.internal.SupplierDebitNote;
import com.yiti.finance.internal.SupplierDebitNoteLine;
import com.yiti.finance.internal.SupplierDebitNotes;
import com.yiti.finance.internal.SupplierInvoice;
import com.yiti.finance.internal.SupplierInvoices;
import com.yiti.platform.CurrentUser;
import com.yiti.platform.DocumentNumbers;
import com.yiti.platform.UserDirectory;
import com.yiti.purchasing.GoodsReturnedToSupplier;
import com.yiti.purchasing.MatchingFacts;
import com.yiti.purchasing.PurchaseOrderMatching;
import com.yiti.purchasing.SupplierManagement;
import com.yiti.shared.RecordNotFoundException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The money side of returns to suppliers (decision 026). A return gives goods received not invoiced back what the
 * receipts booked and takes the goods out of inventory at what they were worth in stock (any difference to the
 * purchase price variance). Goods the supplier had already invoiced get a debit note (红字发票/扣款单) at the invoiced
 * price and VAT: payables debited, goods received not invoiced and input VAT credited. The debit note is set off at
 * once against the supplier's open invoices, oldest due first, and whatever is left against the next invoices posted.
 */
@Service
@Transactional
public class SupplierDebitNoting {

    private static final List<SupplierInvoiceStatus> POSTED =
            List.of(SupplierInvoiceStatus.OPEN, SupplierInvoiceStatus.PAID);

    private final SupplierDebitNotes notes;
    private final SupplierDebitApplications applications;
    private final SupplierInvoices invoices;
    private final PurchaseOrderMatching purchasing;
    private final SupplierManagement suppliers;
    private final Journal journal;
    private final DocumentNumbers numbers;
    private final UserDirectory directory;
    private final Clock clock;

    SupplierDebitNoting(
            SupplierDebitNotes notes,
            SupplierDebitApplications applications,
            SupplierInvoices invoices,
            PurchaseOrderMatching purchasing,
            SupplierManagement suppliers,
            Journal journal,
            DocumentNumbers numbers,
            UserDirectory directory,
            Clock clock) {
        this.notes = notes;
        this.applications = applications;
        this.invoices = invoices;
        this.purchasing = purchasing;
        this.suppliers = suppliers;
        this.journal = journal;
        this.numbers = numbers;
        this.directory = directory;
        this.clock = clock;
    }

    /** In the returning transaction: the journal follows the goods, a debit note follows what was invoiced. */
    @EventListener
    void on(GoodsReturnedToSupplier returned) {
        BigDecimal booked = BigDecimal.ZERO;
        BigDecimal stock = BigDecimal.ZERO;
        for (GoodsReturnedToSupplier.Line l : returned.lines()) {
            booked = booked.add(l.costAmount());
            stock = stock.add(l.stockValue());
        }
        BigDecimal difference = booked.subtract(stock);
        journal.post(
                today(),
                DocumentType.SUPPLIER_RETURN,
                returned.number(),
                returned.purchaseOrderNumber(),
                "CNY",
                actor(),
                List.of(
                        Leg.debit(AccountPurpose.GRNI, booked, null),
                        Leg.credit(AccountPurpose.INVENTORY, stock, null),
                        difference.signum() >= 0
                                ? Leg.credit(AccountPurpose.PURCHASE_VARIANCE, difference, null)
                                : Leg.debit(AccountPurpose.PURCHASE_VARIANCE, difference.negate(), null)));
        issue(returned);
        applyCredits(returned.supplierId());
    }

    /**
     * A debit note for the returned units the supplier had already invoiced beyond what we now keep: at each line's
     * average invoiced price and VAT rate, giving back the goods received not invoiced those invoices had cleared.
     */
    private void issue(GoodsReturnedToSupplier returned) {
        MatchingFacts facts = purchasing.facts(returned.purchaseOrderId());
        Map<Long, Object[]> invoiced = new HashMap<>();
        invoices.invoicedAmountsByLine(returned.purchaseOrderId(), POSTED).forEach(r -> invoiced.put((Long) r[0], r));
        Map<Long, BigDecimal[]> debited = debitedByLine(returned.purchaseOrderId());
        SupplierDebitNote note = null;
        for (GoodsReturnedToSupplier.Line l : returned.lines()) {
            Object[] inv = invoiced.get(l.purchaseOrderLineId());
            if (inv == null) {
                continue;
            }
            BigDecimal[] before =
                    debited.getOrDefault(l.purchaseOrderLineId(), new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            BigDecimal invoicedQuantity = ((BigDecimal) inv[1]).subtract(before[0]);
            BigDecimal kept = facts.line(l.purchaseOrderLineId()).received();
            BigDecimal quantity = invoicedQuantity.subtract(kept).min(l.quantity());
            if (quantity.signum() <= 0 || invoicedQuantity.signum() <= 0) {
                continue;
            }
            BigDecimal unitPrice = ((BigDecimal) inv[2]).divide((BigDecimal) inv[1], 4, RoundingMode.HALF_UP);
            BigDecimal cleared = ((BigDecimal) inv[4]).subtract(before[1]);
            BigDecimal grni = quantity.compareTo(invoicedQuantity) >= 0
                    ? cleared
                    : cleared.multiply(quantity).divide(invoicedQuantity, 2, RoundingMode.HALF_UP);
            if (note == null) {
                note = new SupplierDebitNote(
                        numbers.next("DN"),
                        returned.supplierId(),
                        returned.purchaseOrderId(),
                        returned.purchaseOrderNumber(),
                        returned.number(),
                        today(),
                        "CNY");
            }
            note.add(new SupplierDebitNoteLine(
                    l.purchaseOrderLineId(), l.productId(), l.sku(), quantity, unitPrice, (BigDecimal) inv[3], grni));
        }
        if (note == null) {
            return;
        }
        notes.saveAndFlush(note);
        BigDecimal variance = note.getVarianceAmount();
        journal.post(
                today(),
                DocumentType.SUPPLIER_DEBIT_NOTE,
                note.getNumber(),
                returned.number(),
                note.getCurrency(),
                actor(),
                List.of(
                        Leg.debit(AccountPurpose.PAYABLES, note.getGrossAmount(), null),
                        Leg.credit(AccountPurpose.GRNI, note.getGrniAmount(), null),
                        Leg.credit(AccountPurpose.INPUT_VAT, note.getTaxAmount(), null),
                        variance.signum() >= 0
                                ? Leg.credit(AccountPurpose.PURCHASE_VARIANCE, variance, null)
                                : Leg.debit(AccountPurpose.PURCHASE_VARIANCE, variance.negate(), null)));
    }

    /**
     * Sets the supplier's open debit notes off against its open invoices, oldest due first; called when a debit note
     * is issued and when an invoice is posted. Payables do not change: what is owed on the invoices falls by what the
     * notes had already taken off.
     */
    void applyCredits(long supplierId) {
        List<SupplierDebitNote> open = notes.openOf(supplierId);
        if (open.isEmpty()) {
            return;
        }
        List<SupplierInvoice> owed = invoices.openOf(supplierId).stream()
                .map(i -> invoices.lock(i.getId()).orElseThrow())
                .filter(i -> i.open().signum() > 0)
                .toList();
        int next = 0;
        for (SupplierDebitNote note : open) {
            while (note.open().signum() > 0 && next < owed.size()) {
                SupplierInvoice invoice = owed.get(next);
                BigDecimal amount = note.open().min(invoice.open());
                invoice.pay(amount);
                note.apply(amount);
                applications.save(
                        new SupplierDebitApplication(note.getId(), invoice.getId(), amount, actor(), clock.instant()));
                if (invoice.open().signum() <= 0) {
                    next++;
                }
            }
        }
        invoices.flush();
        notes.flush();
    }

    /** Per purchase order line: debited quantity and goods received not invoiced given back so far. */
    Map<Long, BigDecimal[]> debitedByLine(long purchaseOrderId) {
        Map<Long, BigDecimal[]> byLine = new HashMap<>();
        for (Object[] row : notes.debitedByLine(purchaseOrderId)) {
            byLine.put((Long) row[0], new BigDecimal[] {(BigDecimal) row[1], (BigDecimal) row[2]});
        }
        return byLine;
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    @PreAuthorize("hasAnyRole('FINANCE', 'PURCHASING', 'MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Page<SupplierDebitNoteView> debitNotes(SupplierDebitNoteStatus status, Long supplierId, Pageable pageable) {
        Page<SupplierDebitNote> page = notes.search(status, supplierId, pageable);
        Map<Long, String> names = suppliers.names(
                page.getContent().stream().map(SupplierDebitNote::getSupplierId).collect(Collectors.toSet()));
        return page.map(n -> view(n, names.get(n.getSupplierId()), List.of()));
    }

    @PreAuthorize("hasAnyRole('FINANCE', 'PURCHASING', 'MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public SupplierDebitNoteView debitNote(long id) {
        SupplierDebitNote n =
                notes.findById(id).orElseThrow(() -> new RecordNotFoundException("SupplierDebitNote", id));
        List<SupplierDebitApplication> applied = applications.findByDebitNoteIdOrderById(id);
        Map<Long, String> invoiceNumbers =
                invoices
                        .findAllById(applied.stream()
                                .map(SupplierDebitApplication::getInvoiceId)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(SupplierInvoice::getId, SupplierInvoice::getNumber));
        return view(
                n,
                suppliers.names(List.of(n.getSupplierId())).get(n.getSupplierId()),
                applied.stream()
                        .map(a -> new SupplierDebitNoteView.Application(
                                a.getInvoiceId(),
                                invoiceNumbers.get(a.getInvoiceId()),
                                a.getAmount(),
                                a.getAppliedBy(),
                                a.getAppliedAt()))
                        .toList());
    }

    /** The debit notes of one purchase order (its page lists them). */
    @PreAuthorize("hasAnyRole('FINANCE', 'PURCHASING', 'MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<SupplierDebitNoteView> ofPurchaseOrder(long purchaseOrderId) {
        List<SupplierDebitNote> found = notes.findByPurchaseOrderIdOrderById(purchaseOrderId);
        Map<Long, String> names = suppliers.names(
                found.stream().map(SupplierDebitNote::getSupplierId).collect(Collectors.toSet()));
        return found.stream()
                .map(n -> view(n, names.get(n.getSupplierId()), List.of()))
                .toList();
    }

    /** Debit notes set off against one invoice: (debit note number, amount) in order. */
    @Transactional(readOnly = true)
    public List<SupplierDebitNoteView.Application> appliedTo(long invoiceId) {
        List<SupplierDebitApplication> applied = applications.findByInvoiceIdOrderById(invoiceId);
        Map<Long, SupplierDebitNote> byId =
                notes
                        .findAllById(applied.stream()
                                .map(SupplierDebitApplication::getDebitNoteId)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(SupplierDebitNote::getId, Function.identity()));
        List<SupplierDebitNoteView.Application> result = new ArrayList<>();
        for (SupplierDebitApplication a : applied) {
            result.add(new SupplierDebitNoteView.Application(
                    a.getDebitNoteId(),
                    byId.get(a.getDebitNoteId()).getNumber(),
                    a.getAmount(),
                    a.getAppliedBy(),
                    a.getAppliedAt()));
        }
        return result;
    }

    private static SupplierDebitNoteView view(
            SupplierDebitNote n, String supplierName, List<SupplierDebitNoteView.Application> applied) {
        return new SupplierDebitNoteView(
                n.getId(),
                n.getNumber(),
                n.getSupplierId(),
                supplierName,
                n.getPurchaseOrderId(),
                n.getPurchaseOrderNumber(),
                n.getReturnNumber(),
                n.getNoteDate(),
                n.getCurrency(),
                n.getNetAmount(),
                n.getTaxAmount(),
                n.getGrossAmount(),
                n.getGrniAmount(),
                n.getVarianceAmount(),
                n.getAppliedAmount(),
                n.getStatus(),
                n.getLines().stream()
                        .map(l -> new SupplierDebitNoteView.Line(
                                l.getSku(),
                                l.getQuantity(),
                                l.getUnitPrice(),
                                l.getTaxRate(),
                                l.getNetAmount(),
                                l.getTaxAmount()))
                        .toList(),
                applied);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ReceivablesManagement.BUSINESS_ZONE));
    }

    private String actor() {
        return directory.current().map(CurrentUser::username).orElse("system");
    }
}
