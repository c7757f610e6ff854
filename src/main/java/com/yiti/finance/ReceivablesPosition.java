package com.yiti.finance;

import com.yiti.customer.CreditTerms;
import com.yiti.customer.CustomerManagement;
import com.yiti.customer.CustomerSummary;
import com.yiti.finance.ReceivablesManagement.Scope;
import com.yiti.finance.internal.Invoices;
import com.yiti.finance.internal.OpenByDueDate;
import com.yiti.shared.RecordNotFoundException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where receivables stand: a customer's exposure (open invoices, open orders, credit balance, overdue), the aging of
 * open receivables, days sales outstanding, and the overdue total a reader may see. Read only; split out of
 * {@link ReceivablesManagement}, which keeps invoicing, credit notes and payments.
 */
@Service
@Transactional(readOnly = true)
public class ReceivablesPosition {

    private static final List<InvoiceStatus> OPEN = ReceivablesManagement.OPEN;

    private final Invoices invoices;
    private final OpenByDueDate dues;
    private final CustomerManagement customers;
    private final com.yiti.customer.CreditTermsManagement creditTerms;
    private final ReceivablesManagement receivables;
    private final Clock clock;
    private final CustomerExposure exposures;

    ReceivablesPosition(
            Invoices invoices,
            OpenByDueDate dues,
            CustomerManagement customers,
            com.yiti.customer.CreditTermsManagement creditTerms,
            ReceivablesManagement receivables,
            Clock clock,
            CustomerExposure exposures) {
        this.exposures = exposures;
        this.invoices = invoices;
        this.dues = dues;
        this.customers = customers;
        this.creditTerms = creditTerms;
        this.receivables = receivables;
        this.clock = clock;
    }

    /** Overdue receivables of the invoices the reader may see (a rep: their customers'): how many, how much. */
    public Exposure.Overdue overdueInScope() {
        Scope scope = scope();
        if (scope.none()) {
            return new Exposure.Overdue(0, BigDecimal.ZERO);
        }
        boolean all = scope.all() || scope.sales().all();
        // two queries, not one with "(:all or owner in …)": that condition hides the owner's index from MySQL
        Object[] r = (all
                        ? invoices.overdueTotal(today(), OPEN)
                        : invoices.overdueTotalOf(today(), OPEN, scope.sales().ownerIds()))
                .get(0);
        return new Exposure.Overdue(((Number) r[0]).longValue(), money2(r[1]));
    }

    /** A customer's exposure: FINANCE, MANAGER, ADMIN, or the rep whose customer it is. */
    public Exposure exposure(long customerId) {
        CreditTerms terms = creditTerms.creditTerms(customerId);
        if (!scope().includes(terms.ownerId())) {
            throw new RecordNotFoundException("Customer", customerId);
        }
        return exposure(terms);
    }

    Exposure exposure(CreditTerms terms) {
        long id = terms.customerId();
        LocalDate today = today();
        LocalDate oldestDue = invoices.oldestDue(id, OPEN);
        CustomerExposure.Figures f = exposures.of(id, true);
        return new Exposure(
                id,
                terms.name(),
                terms.creditLimit(),
                terms.paymentTermsDays(),
                f.openInvoices(),
                f.openOrders(),
                f.credit(),
                f.overdue(),
                oldestDue == null || !oldestDue.isBefore(today) ? 0 : ChronoUnit.DAYS.between(oldestDue, today),
                // the figures are CNY at today's rate, whatever the customer is billed in
                com.yiti.currency.ExchangeRateManagement.BOOK_CURRENCY);
    }

    /** Aging of open receivables per customer, with the total as the last row (customer id 0). */
    @PreAuthorize("hasAnyRole('FINANCE', 'MANAGER', 'ADMIN')")
    public List<AgingRow> aging(LocalDate asOf) {
        LocalDate day = asOf == null ? today() : asOf;
        return agingRows(day, true, List.of(-1L), true);
    }

    /** Aging rows of all customers or of the given ones, largest overdue first, and (when asked) the total last. */
    private List<AgingRow> agingRows(LocalDate day, boolean all, Collection<Long> customerIds, boolean withTotal) {
        List<Object[]> rows =
                invoices.aging(day, day.minusDays(30), day.minusDays(60), day.minusDays(90), OPEN, all, customerIds);
        Map<Long, CustomerSummary> names =
                customers.summaries(rows.stream().map(r -> (Long) r[0]).collect(Collectors.toSet()));
        List<AgingRow> result = new ArrayList<>();
        BigDecimal[] total = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        // a row per customer and currency; foreign amounts in CNY at the day's rate, summed per customer
        Map<Long, BigDecimal[]> perCustomer = new java.util.LinkedHashMap<>();
        CustomerExposure.Converter cny = exposures.at(day);
        for (Object[] r : rows) {
            BigDecimal[] b = perCustomer.computeIfAbsent((Long) r[0], k -> new BigDecimal[] {
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO
            });
            for (int i = 0; i < 5; i++) {
                b[i] = b[i].add(cny.of(((BigDecimal) r[i + 2]).setScale(2, RoundingMode.UNNECESSARY), (String) r[1]));
            }
        }
        for (var e : perCustomer.entrySet()) {
            BigDecimal[] b = e.getValue();
            for (int i = 0; i < 5; i++) {
                total[i] = total[i].add(b[i]);
            }
            result.add(new AgingRow(e.getKey(), names.get(e.getKey()).name(), b[0], b[1], b[2], b[3], b[4]));
        }
        result.sort(java.util.Comparator.comparing(AgingRow::overdue).reversed().thenComparing(AgingRow::customerName));
        if (withTotal) {
            result.add(new AgingRow(0, null, total[0], total[1], total[2], total[3], total[4]));
        }
        return result;
    }

    /**
     * The aging of all open receivables (customer id 0) and the customers owing most past due, for the dashboards:
     * two aggregate queries over the open invoices only.
     */
    @PreAuthorize("hasAnyRole('FINANCE', 'MANAGER', 'ADMIN')")
    public List<AgingRow> agingSummary(LocalDate asOf, int top) {
        Object[] t = dues.agingTotal(asOf);
        List<Long> worst =
                invoices.mostOverdue(asOf, OPEN, org.springframework.data.domain.PageRequest.of(0, top)).stream()
                        .map(r -> (Long) r[0])
                        .toList();
        List<AgingRow> rows = new ArrayList<>(worst.isEmpty() ? List.of() : agingRows(asOf, false, worst, false));
        rows.add(new AgingRow(0, null, money2(t[0]), money2(t[1]), money2(t[2]), money2(t[3]), money2(t[4])));
        return rows;
    }

    private static BigDecimal money2(Object value) {
        return new BigDecimal(value.toString()).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * Days sales outstanding over a period: receivables open today ÷ invoiced (net of credit notes) in the period ×
     * days in the period. Null when nothing was invoiced.
     */
    @PreAuthorize("hasAnyRole('FINANCE', 'MANAGER', 'ADMIN')")
    public BigDecimal dso(LocalDate from, LocalDate to) {
        BigDecimal sales = invoices.invoicedBetween(from, to);
        if (sales.signum() == 0) {
            return null;
        }
        List<AgingRow> aging = aging(to);
        BigDecimal open = aging.get(aging.size() - 1).total();
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return open.multiply(BigDecimal.valueOf(days)).divide(sales, 1, RoundingMode.HALF_UP);
    }

    private Scope scope() {
        return receivables.scope();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ReceivablesManagement.BUSINESS_ZONE));
    }
}
