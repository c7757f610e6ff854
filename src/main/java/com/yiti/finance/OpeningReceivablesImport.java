package com.yiti.finance;

import com.yiti.customer.CustomerManagement;
import com.yiti.customer.CustomerSummary;
import com.yiti.finance.internal.Invoice;
import com.yiti.finance.internal.Invoices;
import com.yiti.finance.internal.Journal;
import com.yiti.finance.internal.Journal.Leg;
import com.yiti.finance.internal.OpenByDueDate;
import com.yiti.imports.ColumnType;
import com.yiti.imports.ImportColumn;
import com.yiti.imports.ImportKind;
import com.yiti.imports.ImportRow;
import com.yiti.imports.RowError;
import com.yiti.imports.RowResult;
import com.yiti.platform.UserDirectory;
import com.yiti.shared.BusinessRuleException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Open receivables at go-live: the old system's unpaid invoices (number, customer code, dates, the amount still open)
 * become opening invoices (no order, shipment or lines) in the aging, the statement and the customer's exposure,
 * posted to receivables against opening balances. Keyed by the invoice number: a re-import of an opening invoice
 * nobody has paid yet corrects its amount and due date (the journal gets the difference); one with payments or
 * credits, or a number of an invoice Yiti issued, is refused.
 */
@Component
class OpeningReceivablesImport implements ImportKind {

    private static final String REFERENCE_PATTERN = "[A-Za-z0-9][A-Za-z0-9./_-]{0,19}";

    private final Invoices invoices;
    private final CustomerManagement customers;
    private final OpenByDueDate dues;
    private final Journal journal;
    private final UserDirectory directory;
    private final com.yiti.currency.ExchangeRateManagement rates;
    private final java.time.Clock clock;

    OpeningReceivablesImport(
            Invoices invoices,
            CustomerManagement customers,
            OpenByDueDate dues,
            Journal journal,
            UserDirectory directory,
            com.yiti.currency.ExchangeRateManagement rates,
            java.time.Clock clock) {
        this.rates = rates;
        this.clock = clock;
        this.invoices = invoices;
        this.customers = customers;
        this.dues = dues;
        this.journal = journal;
        this.directory = directory;
    }

    @Override
    public String code() {
        return "open-receivables";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public List<String> keyColumns() {
        return List.of("number");
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(
                ImportColumn.required("number", ColumnType.TEXT, "FP2026-00123"),
                ImportColumn.required("customer", ColumnType.TEXT, "C0001"),
                ImportColumn.required("invoiceDate", ColumnType.DATE, "2026-10-15"),
                ImportColumn.required("dueDate", ColumnType.DATE, "2026-11-14"),
                ImportColumn.required("amount", ColumnType.DECIMAL, "56500.00"));
    }

    @Override
    public List<RowResult> process(List<ImportRow> rows, boolean write) {
        Map<String, CustomerSummary> byCode = customers.byCodes(rows.stream()
                .map(r -> r.text("customer"))
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet()));
        Set<String> numbers = rows.stream().map(r -> r.text("number")).collect(Collectors.toSet());
        Map<String, Invoice> existing = new HashMap<>();
        invoices.findByNumberIn(numbers).forEach(i -> existing.put(i.getNumber(), i));
        String actor = directory.require().username();
        List<RowResult> results = new ArrayList<>();
        for (ImportRow row : rows) {
            try {
                String number = row.text("number");
                if (!number.matches(REFERENCE_PATTERN)) {
                    throw new BusinessRuleException("number", "import.openReceivables.numberPattern");
                }
                CustomerSummary customer = byCode.get(row.text("customer").toUpperCase(Locale.ROOT));
                if (customer == null) {
                    throw new BusinessRuleException("customer", "import.unknownCode", row.text("customer"));
                }
                LocalDate invoiceDate = row.date("invoiceDate");
                LocalDate dueDate = row.date("dueDate");
                if (dueDate.isBefore(invoiceDate)) {
                    throw new BusinessRuleException("dueDate", "import.openReceivables.dueBeforeInvoice");
                }
                BigDecimal amount = row.decimal("amount");
                if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
                    throw new BusinessRuleException("amount", "import.openReceivables.amount");
                }
                amount = amount.setScale(2);
                Invoice invoice = existing.get(number);
                if (invoice != null) {
                    if (!invoice.isOpening()) {
                        throw new BusinessRuleException("number", "import.openReceivables.numberTaken");
                    }
                    if (!invoice.getCustomerId().equals(customer.id())
                            || !invoice.getInvoiceDate().equals(invoiceDate)) {
                        throw new BusinessRuleException("number", "import.openReceivables.otherInvoice");
                    }
                    if (invoice.getPaid().signum() != 0 || invoice.getCredited().signum() != 0) {
                        throw new BusinessRuleException("number", "import.openReceivables.settling");
                    }
                    if (write) {
                        BigDecimal difference = amount.subtract(invoice.getGrossTotal());
                        BigDecimal bookBefore = invoice.getBookOpen();
                        dues.changed(invoice.getDueDate(), bookBefore.negate());
                        invoice.reopen(amount, dueDate);
                        dues.changed(dueDate, invoice.getBookOpen());
                        post(invoice, difference, invoice.getBookOpen().subtract(bookBefore), actor);
                    }
                    results.add(RowResult.updated(row.number()));
                    continue;
                }
                // a foreign balance is taken over at the rate of the go-live day (none entered: the row is refused)
                BigDecimal rate = rates.rate(
                        customer.currency(),
                        java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai"))),
                        "customer");
                if (write) {
                    Invoice opening = Invoice.opening(
                            number,
                            customer.id(),
                            customer.ownerId(),
                            invoiceDate,
                            dueDate,
                            customer.currency(),
                            amount);
                    BigDecimal book = com.yiti.currency.ExchangeRateManagement.toBook(amount, rate);
                    opening.booked(rate, book, book);
                    invoices.save(opening);
                    existing.put(number, opening);
                    dues.changed(dueDate, opening.getBookOpen());
                    post(opening, amount, opening.getBookOpen(), actor);
                }
                results.add(RowResult.created(row.number()));
            } catch (BusinessRuleException e) {
                results.add(RowResult.refused(row.number(), RowError.of(e, Map.of())));
            }
        }
        if (write) {
            invoices.flush();
        }
        return results;
    }

    /** Receivables against opening balances (a negative amount the other way round); CNY as booked, foreign kept. */
    private void post(Invoice invoice, BigDecimal amount, BigDecimal book, String actor) {
        if (amount.signum() == 0 && book.signum() == 0) {
            return;
        }
        BigDecimal fc = com.yiti.currency.ExchangeRateManagement.BOOK_CURRENCY.equals(invoice.getCurrency())
                ? null
                : amount.abs();
        BigDecimal abs = book.abs();
        journal.post(
                invoice.getInvoiceDate(),
                DocumentType.OPENING_BALANCE,
                invoice.getNumber(),
                null,
                invoice.getCurrency(),
                actor,
                book.signum() > 0
                        ? List.of(
                                Leg.debit(AccountPurpose.RECEIVABLES, abs, fc, invoice.getCustomerId()),
                                Leg.credit(AccountPurpose.OPENING_BALANCE, abs, fc, null))
                        : List.of(
                                Leg.debit(AccountPurpose.OPENING_BALANCE, abs, fc, null),
                                Leg.credit(AccountPurpose.RECEIVABLES, abs, fc, invoice.getCustomerId())));
    }
}
