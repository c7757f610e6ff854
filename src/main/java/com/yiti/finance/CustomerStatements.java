package com.yiti.finance;

import com.yiti.customer.CustomerManagement;
import com.yiti.customer.CustomerPrintDetails;
import com.yiti.platform.PrintedDocuments;
import com.yiti.setup.CompanySetup;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.RecordNotFoundException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer statement (对账单): the balance owed at the start of a period, every invoice (debit), credit note and
 * payment (credit) in it by date, and the balance at its end. FINANCE, MANAGER and ADMIN print any customer's; a
 * rep only his own customers'.
 */
@Service
@Transactional(readOnly = true)
public class CustomerStatements {

    /** One movement of the account; {@code kind} is a message key suffix (invoice, creditNote, payment). */
    public record Line(
            LocalDate date, String kind, String number, BigDecimal debit, BigDecimal credit, BigDecimal balance) {}

    public record Statement(
            CustomerPrintDetails customer,
            LocalDate from,
            LocalDate to,
            BigDecimal opening,
            List<Line> lines,
            BigDecimal closing,
            String currency) {}

    private final JdbcTemplate jdbc;
    private final ReceivablesManagement receivables;
    private final CustomerManagement customers;
    private final CompanySetup company;
    private final PrintedDocuments printed;

    CustomerStatements(
            JdbcTemplate jdbc,
            ReceivablesManagement receivables,
            CustomerManagement customers,
            CompanySetup company,
            PrintedDocuments printed) {
        this.jdbc = jdbc;
        this.receivables = receivables;
        this.customers = customers;
        this.company = company;
        this.printed = printed;
    }

    public Statement statement(long customerId, LocalDate from, LocalDate to) {
        checkVisible(customerId);
        if (from == null || to == null || from.isAfter(to) || from.plusYears(5).isBefore(to)) {
            throw new BusinessRuleException("from", "statement.range");
        }
        CustomerPrintDetails customer = customers.printDetails(customerId);
        BigDecimal opening = sum(
                        "select coalesce(sum(gross_total), 0) from fin_invoice"
                                + " where customer_id = ? and invoice_date < ?",
                        customerId,
                        from)
                .subtract(sum(
                        "select coalesce(sum(gross_total), 0) from fin_credit_note where customer_id = ? and note_date < ?",
                        customerId,
                        from))
                .subtract(sum(
                        "select coalesce(sum(amount), 0) from fin_payment where customer_id = ? and payment_date < ?",
                        customerId,
                        from));
        List<Line> movements = new ArrayList<>();
        jdbc.query(
                "select invoice_date, number, gross_total from fin_invoice"
                        + " where customer_id = ? and invoice_date between ? and ?",
                rs -> {
                    movements.add(new Line(
                            rs.getDate(1).toLocalDate(), "invoice", rs.getString(2), rs.getBigDecimal(3), null, null));
                },
                customerId,
                from,
                to);
        jdbc.query(
                "select note_date, number, gross_total from fin_credit_note"
                        + " where customer_id = ? and note_date between ? and ?",
                rs -> {
                    movements.add(new Line(
                            rs.getDate(1).toLocalDate(),
                            "creditNote",
                            rs.getString(2),
                            null,
                            rs.getBigDecimal(3),
                            null));
                },
                customerId,
                from,
                to);
        jdbc.query(
                "select payment_date, number, amount from fin_payment"
                        + " where customer_id = ? and payment_date between ? and ?",
                rs -> {
                    movements.add(new Line(
                            rs.getDate(1).toLocalDate(), "payment", rs.getString(2), null, rs.getBigDecimal(3), null));
                },
                customerId,
                from,
                to);
        movements.sort(Comparator.comparing(Line::date).thenComparing(Line::number));
        List<Line> lines = new ArrayList<>();
        BigDecimal balance = opening;
        for (Line m : movements) {
            balance = balance.add(m.debit() == null ? BigDecimal.ZERO : m.debit())
                    .subtract(m.credit() == null ? BigDecimal.ZERO : m.credit());
            lines.add(new Line(m.date(), m.kind(), m.number(), m.debit(), m.credit(), balance));
        }
        // the account is kept in the customer's currency: its documents are all in it
        String currency = customers
                .summary(customerId)
                .map(com.yiti.customer.CustomerSummary::currency)
                .orElse(com.yiti.currency.ExchangeRateManagement.BOOK_CURRENCY);
        return new Statement(customer, from, to, opening, lines, balance, currency);
    }

    public byte[] statementPdf(long customerId, LocalDate from, LocalDate to, String lang) {
        Statement statement = statement(customerId, from, to);
        Map<String, Object> model = new HashMap<>();
        model.put("letterhead", company.letterhead());
        model.put("statement", statement);
        model.put("buyer", statement.customer());
        return printed.render(
                "print/statement",
                model,
                PrintedDocuments.language(statement.customer().printLanguage(lang)));
    }

    /** Not found for a user who may not see this customer's account. */
    public void checkVisible(long customerId) {
        if (!receivables.scope().all() && !customers.isVisible(customerId)) {
            throw new RecordNotFoundException("Customer", customerId);
        }
    }

    private BigDecimal sum(String sql, long customerId, LocalDate before) {
        return jdbc.queryForObject(sql, BigDecimal.class, customerId, before);
    }
}
