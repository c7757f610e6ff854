package com.yiti.finance;

import com.yiti.finance.internal.SupplierAllocation;
import com.yiti.finance.internal.SupplierAllocations;
import com.yiti.finance.internal.SupplierInvoice;
import com.yiti.finance.internal.SupplierInvoices;
import com.yiti.finance.internal.SupplierPayment;
import com.yiti.finance.internal.SupplierPayments;
import com.yiti.purchasing.MatchingFacts;
import com.yiti.purchasing.PurchaseOrderMatching;
import com.yiti.purchasing.SupplierManagement;
import com.yiti.shared.RecordNotFoundException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading payables: supplier invoices and payments, the aging with days payable outstanding, what falls due this
 * week, and a supplier's statement. FINANCE, MANAGER and ADMIN read it all; PURCHASING reads supplier invoices (it
 * resolves the held ones).
 */
@Service
@Transactional(readOnly = true)
public class PayablesViews {

    /** Days looked back for days payable outstanding. */
    static final int DPO_DAYS = 90;

    private final SupplierInvoices invoices;
    private final SupplierPayments payments;
    private final SupplierAllocations allocations;
    private final SupplierManagement suppliers;
    private final PurchaseOrderMatching purchasing;
    private final com.yiti.finance.internal.SupplierDebitNotes debitNotes;
    private final Clock clock;

    PayablesViews(
            SupplierInvoices invoices,
            SupplierPayments payments,
            SupplierAllocations allocations,
            SupplierManagement suppliers,
            PurchaseOrderMatching purchasing,
            com.yiti.finance.internal.SupplierDebitNotes debitNotes,
            Clock clock) {
        this.debitNotes = debitNotes;
        this.purchasing = purchasing;
        this.invoices = invoices;
        this.payments = payments;
        this.allocations = allocations;
        this.suppliers = suppliers;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('FINANCE', 'MANAGER', 'ADMIN', 'PURCHASING')")
    public Page<SupplierInvoiceView> invoices(SupplierInvoiceStatus status, Long supplierId, Pageable pageable) {
        Page<SupplierInvoice> page = invoices.search(status, supplierId, pageable);
        Map<Long, String> names = namesOf(page.getContent().stream().map(SupplierInvoice::getSupplierId));
        return page.map(i -> of(i, names, false));
    }

    @PreAuthorize("hasAnyRole('FINANCE', 'MANAGER', 'ADMIN', 'PURCHASING')")
    public SupplierInvoiceView invoice(long id) {
        return of(invoices.findById(id).orElseThrow(() -> new RecordNotFoundException("SupplierInvoice", id)));
    }

    /** The invoices entered against a purchase order, newest first. */
    @PreAuthorize("hasAnyRole('FINANCE', 'MANAGER', 'ADMIN', 'PURCHASING')")
    public List<SupplierInvoiceView> invoicesOfPurchaseOrder(long purchaseOrderId) {
        Map<Long, String> names = new HashMap<>();
        return invoices.findByPurchaseOrderIdOrderByIdDesc(purchaseOrderId).stream()
                .map(i -> of(i, names, false))
                .toList();
    }

    /** Held invoices waiting for PURCHASING, for home cards and the purchasing screens. */
    @PreAuthorize("hasAnyRole('FINANCE', 'MANAGER', 'ADMIN', 'PURCHASING')")
    public long heldCount() {
        return invoices.countByStatus(SupplierInvoiceStatus.HELD);
    }

    @PreAuthorize("hasAnyRole('FINANCE', 'MANAGER', 'ADMIN')")
    public Page<SupplierPaymentView> payments(Long supplierId, Pageable pageable) {
        Page<SupplierPayment> page =
                supplierId == null ? payments.findAll(pageable) : payments.findBySupplierId(supplierId, pageable);
        Map<Long, String> names = namesOf(page.getContent().stream().map(SupplierPayment::getSupplierId));
        return page.map(p -> of(p, names, false));
    }

    @PreAuthorize("hasAnyRole('FINANCE', 'MANAGER', 'ADMIN')")
    public SupplierPaymentView payment(long id) {
        return of(
                payments.findById(id).orElseThrow(() -> new RecordNotFoundException("SupplierPayment", id)),
                new HashMap<>(),
                true);
    }

    /** Open invoices of a supplier, oldest due first: what a payment to it can settle. */
    @PreAuthorize("hasAnyRole('FINANCE', 'MANAGER', 'ADMIN')")
    public List<SupplierInvoiceView> openInvoicesOf(long supplierId) {
        Map<Long, String> names = new HashMap<>();
        return invoices.openOf(supplierId).stream()
                .map(i -> of(i, names, false))
                .toList();
    }

    /** Open invoices due within seven days or already overdue, soonest first (FINANCE's payment run). */
    @PreAuthorize("hasAnyRole('FINANCE', 'MANAGER', 'ADMIN')")
    public List<SupplierInvoiceView> dueThisWeek() {
        List<SupplierInvoice> due = invoices.dueBy(today().plusDays(7));
        Map<Long, String> names = namesOf(due.stream().map(SupplierInvoice::getSupplierId));
        return due.stream().map(i -> of(i, names, false)).toList();
    }

    /** What falls due within seven days or is overdue: how many invoices, how much, whether any is overdue. */
    public record DueSummary(int invoices, BigDecimal amount, boolean overdue) {}

    /** The week's due invoices in one query, for finance's home card. */
    @PreAuthorize("hasAnyRole('FINANCE', 'MANAGER', 'ADMIN')")
    public DueSummary dueSummary() {
        LocalDate today = today();
        List<SupplierInvoice> due = invoices.dueBy(today.plusDays(7));
        return new DueSummary(
                due.size(),
                due.stream().map(SupplierInvoice::open).reduce(BigDecimal.ZERO, BigDecimal::add),
                due.stream().anyMatch(i -> i.getDueDate().isBefore(today)));
    }

    @PreAuthorize("hasAnyRole('FINANCE', 'MANAGER', 'ADMIN')")
    public PayablesAging aging() {
        LocalDate today = today();
        Map<Long, BigDecimal[]> bySupplier = new HashMap<>();
        for (SupplierInvoice i : invoices.allOpen()) {
            BigDecimal[] b = bySupplier.computeIfAbsent(i.getSupplierId(), k -> zeros());
            long late = ChronoUnit.DAYS.between(i.getDueDate(), today);
            int bucket = late <= 0 ? 0 : late <= 30 ? 1 : late <= 60 ? 2 : late <= 90 ? 3 : 4;
            b[bucket] = b[bucket].add(i.open());
        }
        for (SupplierPayment p : payments.unallocated()) {
            BigDecimal[] b = bySupplier.computeIfAbsent(p.getSupplierId(), k -> zeros());
            b[5] = b[5].add(p.unallocated());
        }
        // a debit note not yet set off is a credit with the supplier, like a prepayment
        for (var n : debitNotes.findByStatus(SupplierDebitNoteStatus.OPEN)) {
            BigDecimal[] b = bySupplier.computeIfAbsent(n.getSupplierId(), k -> zeros());
            b[5] = b[5].add(n.open());
        }
        Map<Long, String> names = namesOf(bySupplier.keySet().stream());
        List<PayablesAging.Row> rows = new ArrayList<>();
        BigDecimal[] total = zeros();
        bySupplier.forEach((supplierId, b) -> {
            rows.add(row(supplierId, name(supplierId, names), b));
            for (int k = 0; k < b.length; k++) {
                total[k] = total[k].add(b[k]);
            }
        });
        rows.sort(Comparator.comparing(PayablesAging.Row::balance).reversed());
        return new PayablesAging(today, rows, row(null, null, total), dpo(today, balance(total)));
    }

    /**
     * Days payable outstanding: what is owed now over what was invoiced by suppliers in the last 90 days, times 90;
     * null when nothing was invoiced.
     */
    private BigDecimal dpo(LocalDate today, BigDecimal owed) {
        BigDecimal purchases = invoices.postedBetween(today.minusDays(DPO_DAYS), today);
        if (purchases.signum() == 0) {
            return null;
        }
        return owed.multiply(BigDecimal.valueOf(DPO_DAYS)).divide(purchases, 1, RoundingMode.HALF_UP);
    }

    /** A supplier's statement from one day to another (both included). */
    @PreAuthorize("hasAnyRole('FINANCE', 'MANAGER', 'ADMIN')")
    public SupplierStatement statement(long supplierId, LocalDate from, LocalDate until) {
        String name = suppliers.supplier(supplierId).name();
        BigDecimal opening = BigDecimal.ZERO;
        List<SupplierStatement.Entry> raw = new ArrayList<>();
        for (SupplierInvoice i : invoices.postedOf(supplierId, until)) {
            if (i.getInvoiceDate().isBefore(from)) {
                opening = opening.add(i.getGrossAmount());
            } else {
                raw.add(new SupplierStatement.Entry(
                        i.getInvoiceDate(),
                        "INVOICE",
                        i.getId(),
                        i.getNumber(),
                        i.getSupplierReference(),
                        i.getGrossAmount(),
                        BigDecimal.ZERO,
                        null));
            }
        }
        for (SupplierPayment p : payments.of(supplierId, until)) {
            if (p.getPaymentDate().isBefore(from)) {
                opening = opening.subtract(p.getAmount());
            } else {
                raw.add(new SupplierStatement.Entry(
                        p.getPaymentDate(),
                        "PAYMENT",
                        p.getId(),
                        p.getNumber(),
                        p.getReference(),
                        BigDecimal.ZERO,
                        p.getAmount(),
                        null));
            }
        }
        for (var n : debitNotes.findBySupplierIdAndNoteDateLessThanEqual(supplierId, until)) {
            if (n.getNoteDate().isBefore(from)) {
                opening = opening.subtract(n.getGrossAmount());
            } else {
                raw.add(new SupplierStatement.Entry(
                        n.getNoteDate(),
                        "DEBIT_NOTE",
                        n.getId(),
                        n.getNumber(),
                        n.getReturnNumber(),
                        BigDecimal.ZERO,
                        n.getGrossAmount(),
                        null));
            }
        }
        raw.sort(Comparator.comparing(SupplierStatement.Entry::date)
                .thenComparing(e -> e.type().equals("INVOICE") ? 0 : 1)
                .thenComparing(SupplierStatement.Entry::id));
        BigDecimal balance = opening;
        List<SupplierStatement.Entry> entries = new ArrayList<>();
        for (SupplierStatement.Entry e : raw) {
            balance = balance.add(e.invoiced()).subtract(e.paid());
            entries.add(new SupplierStatement.Entry(
                    e.date(), e.type(), e.id(), e.number(), e.reference(), e.invoiced(), e.paid(), balance));
        }
        return new SupplierStatement(supplierId, name, from, until, opening, entries, balance);
    }

    /** A line of a purchase order as a new supplier invoice would start: the received quantity not yet invoiced. */
    public record ProposedLine(
            long purchaseOrderLineId,
            String sku,
            String productName,
            String unit,
            BigDecimal ordered,
            BigDecimal received,
            BigDecimal invoiced,
            BigDecimal uninvoiced,
            BigDecimal orderedPrice,
            BigDecimal taxRate) {}

    /** What a new invoice against this purchase order would start from (its supplier, its lines). */
    public record Proposal(
            long purchaseOrderId, String number, long supplierId, String supplierName, List<ProposedLine> lines) {}

    @PreAuthorize("hasRole('FINANCE')")
    public Proposal proposal(long purchaseOrderId, java.util.Locale locale) {
        MatchingFacts facts = purchasing.facts(purchaseOrderId);
        Map<Long, BigDecimal> invoiced = new HashMap<>();
        for (Object[] row : invoices.invoicedByLine(
                purchaseOrderId,
                List.of(SupplierInvoiceStatus.HELD, SupplierInvoiceStatus.OPEN, SupplierInvoiceStatus.PAID),
                -1L)) {
            invoiced.put((Long) row[0], (BigDecimal) row[1]);
        }
        boolean zh = "zh".equals(locale.getLanguage());
        return new Proposal(
                facts.purchaseOrderId(),
                facts.number(),
                facts.supplierId(),
                facts.supplierName(),
                facts.lines().stream()
                        .map(l -> {
                            BigDecimal done = invoiced.getOrDefault(l.id(), BigDecimal.ZERO);
                            return new ProposedLine(
                                    l.id(),
                                    l.sku(),
                                    zh ? l.nameZh() : l.nameEn(),
                                    l.unit(),
                                    l.ordered(),
                                    l.received(),
                                    done,
                                    l.received().subtract(done).max(BigDecimal.ZERO),
                                    l.unitPrice(),
                                    l.taxRate());
                        })
                        .toList());
    }

    /** Purchase orders with goods received, for choosing what a supplier invoice is against. */
    @PreAuthorize("hasRole('FINANCE')")
    public List<com.yiti.purchasing.PurchaseOrderView> invoiceableOrders() {
        return purchasing.invoiceable(200);
    }

    // ---- mapping, shared with the writing facades -------------------------------------------------------------

    SupplierInvoiceView of(SupplierInvoice i) {
        return of(i, new HashMap<>(), true);
    }

    SupplierPaymentView of(SupplierPayment p) {
        return of(p, new HashMap<>(), true);
    }

    private SupplierInvoiceView of(SupplierInvoice i, Map<Long, String> names, boolean withDetail) {
        List<SupplierAllocationView> allocated = withDetail ? allocationsOf(i) : List.of();
        return new SupplierInvoiceView(
                i.getId(),
                i.getNumber(),
                i.getSupplierId(),
                name(i.getSupplierId(), names),
                i.getSupplierReference(),
                i.getPurchaseOrderId(),
                i.getPurchaseOrderNumber(),
                i.getInvoiceDate(),
                i.getDueDate(),
                i.getCurrency(),
                i.getNetAmount(),
                i.getTaxAmount(),
                i.getGrossAmount(),
                i.getPaidAmount(),
                i.getGrniAmount(),
                i.getVarianceAmount(),
                i.getStatus(),
                i.getReleasedBy(),
                i.getReleasedAt(),
                i.getReleaseNote(),
                withDetail
                        ? i.getLines().stream()
                                .map(l -> new SupplierInvoiceView.Line(
                                        l.getId(),
                                        l.getPurchaseOrderLineId(),
                                        l.getProductId(),
                                        l.getSku(),
                                        l.getProductName(),
                                        l.getQuantity(),
                                        l.getUnitPrice(),
                                        l.getTaxRate(),
                                        l.getNetAmount(),
                                        l.getTaxAmount(),
                                        l.getGrossAmount(),
                                        l.getOrderedPrice(),
                                        l.getUninvoicedQuantity(),
                                        l.getMatchResult(),
                                        l.getGrniAmount()))
                                .toList()
                        : List.of(),
                allocated,
                i.getCreatedBy(),
                i.getCreatedAt(),
                i.getVersion(),
                i.getStatus() == SupplierInvoiceStatus.OPEN && i.getDueDate().isBefore(today()));
    }

    private SupplierPaymentView of(SupplierPayment p, Map<Long, String> names, boolean withDetail) {
        List<SupplierAllocationView> allocated = withDetail ? allocationsOf(p) : List.of();
        return new SupplierPaymentView(
                p.getId(),
                p.getNumber(),
                p.getSupplierId(),
                name(p.getSupplierId(), names),
                p.getPaymentDate(),
                p.getAmount(),
                p.getAllocated(),
                p.getCurrency(),
                p.getMethod(),
                p.getReference(),
                allocated,
                p.getCreatedBy(),
                p.getCreatedAt());
    }

    /** An invoice's allocations, the payments' numbers read at once. */
    private List<SupplierAllocationView> allocationsOf(SupplierInvoice i) {
        List<SupplierAllocation> list = allocations.findByInvoiceIdOrderById(i.getId());
        Map<Long, String> numbers =
                payments
                        .findAllById(list.stream()
                                .map(SupplierAllocation::getPaymentId)
                                .collect(Collectors.toSet()))
                        .stream()
                        .collect(Collectors.toMap(SupplierPayment::getId, SupplierPayment::getNumber));
        return list.stream()
                .map(a -> allocation(a, numbers.getOrDefault(a.getPaymentId(), "?"), i))
                .toList();
    }

    /** A payment's allocations, their invoices read at once. */
    private List<SupplierAllocationView> allocationsOf(SupplierPayment p) {
        List<SupplierAllocation> list = allocations.findByPaymentIdOrderById(p.getId());
        Map<Long, SupplierInvoice> byId =
                invoices
                        .findAllById(list.stream()
                                .map(SupplierAllocation::getInvoiceId)
                                .collect(Collectors.toSet()))
                        .stream()
                        .collect(Collectors.toMap(SupplierInvoice::getId, x -> x));
        return list.stream()
                .map(a -> allocation(a, p.getNumber(), byId.get(a.getInvoiceId())))
                .toList();
    }

    private static SupplierAllocationView allocation(SupplierAllocation a, String paymentNumber, SupplierInvoice i) {
        return new SupplierAllocationView(
                a.getId(),
                a.getPaymentId(),
                paymentNumber,
                i.getId(),
                i.getNumber(),
                i.getSupplierReference(),
                a.getAmount(),
                a.getAllocatedBy(),
                a.getAllocatedAt());
    }

    /** The names of the suppliers of these documents, read at once. */
    private Map<Long, String> namesOf(java.util.stream.Stream<Long> supplierIds) {
        return new HashMap<>(suppliers.names(supplierIds.collect(java.util.stream.Collectors.toSet())));
    }

    private String name(Long supplierId, Map<Long, String> names) {
        return names.computeIfAbsent(supplierId, id -> suppliers.supplier(id).name());
    }

    private static PayablesAging.Row row(Long supplierId, String name, BigDecimal[] b) {
        return new PayablesAging.Row(supplierId, name, b[0], b[1], b[2], b[3], b[4], b[5], balance(b));
    }

    private static BigDecimal balance(BigDecimal[] b) {
        return b[0].add(b[1]).add(b[2]).add(b[3]).add(b[4]).subtract(b[5]);
    }

    private static BigDecimal[] zeros() {
        BigDecimal[] b = new BigDecimal[6];
        java.util.Arrays.fill(b, BigDecimal.ZERO);
        return b;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ReceivablesManagement.BUSINESS_ZONE));
    }
}
