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

    /** What the customer answered to the statement of a period, as FINANCE recorded it. */
    public record Reply(
            long id,
            LocalDate from,
            LocalDate to,
            BigDecimal closing,
            String currency,
            String status,
            String note,
            String recordedBy,
            java.time.Instant recordedAt) {}

    static final java.util.Set<String> REPLY_STATUSES = java.util.Set.of("CONFIRMED", "DISPUTED");

    private final JdbcTemplate jdbc;
    private final ReceivablesManagement receivables;
    private final CustomerManagement customers;
    private final CompanySetup company;
    private final PrintedDocuments printed;
    private final com.yiti.finance.internal.StatementReplies replies;
    private final com.yiti.platform.UserDirectory directory;
    private final java.time.Clock clock;
    private final org.springframework.context.MessageSource messages;

    CustomerStatements(
            JdbcTemplate jdbc,
            ReceivablesManagement receivables,
            CustomerManagement customers,
            CompanySetup company,
            PrintedDocuments printed,
            com.yiti.finance.internal.StatementReplies replies,
            com.yiti.platform.UserDirectory directory,
            java.time.Clock clock,
            org.springframework.context.MessageSource messages) {
        this.replies = replies;
        this.directory = directory;
        this.clock = clock;
        this.messages = messages;
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

    /** The customer's answers to its statements, newest first (the last 20). */
    public List<Reply> replies(long customerId) {
        checkVisible(customerId);
        return replies.findTop20ByCustomerIdOrderByIdDesc(customerId).stream()
                .map(CustomerStatements::reply)
                .toList();
    }

    /**
     * Records the customer's answer to the statement of a period (confirmed, or disputed with why), with the closing
     * balance the statement showed; a later answer is a new record.
     */
    @org.springframework.security.access.prepost.PreAuthorize("hasRole('FINANCE')")
    @Transactional
    public Reply recordReply(long customerId, LocalDate from, LocalDate to, String status, String note) {
        Statement statement = statement(customerId, from, to);
        if (status == null || !REPLY_STATUSES.contains(status)) {
            throw new BusinessRuleException("status", "statement.replyStatusInvalid");
        }
        String why = com.yiti.shared.Text.blankToNull(note);
        if ("DISPUTED".equals(status) && why == null) {
            throw new BusinessRuleException("note", "statement.disputeNeedsNote");
        }
        if (why != null && why.length() > 500) {
            throw new BusinessRuleException("note", "field.tooLong", 500);
        }
        return reply(replies.saveAndFlush(new com.yiti.finance.internal.StatementReply(
                customerId,
                statement.from(),
                statement.to(),
                statement.closing(),
                statement.currency(),
                status,
                why,
                directory.current().map(com.yiti.platform.CurrentUser::username).orElse("system"),
                clock.instant())));
    }

    /** The statement as an Excel workbook (one sheet: the heading, the movements, the opening and closing rows). */
    public byte[] statementXlsx(long customerId, LocalDate from, LocalDate to, String lang) {
        Statement st = statement(customerId, from, to);
        java.util.Locale locale = PrintedDocuments.language(st.customer().printLanguage(lang));
        java.util.function.Function<String, String> t = key -> messages.getMessage(key, null, key, locale);
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                var out = new java.io.ByteArrayOutputStream()) {
            var sheet = book.createSheet(t.apply("print.statement.title"));
            var money = book.createCellStyle();
            money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
            int r = 0;
            sheet.createRow(r++)
                    .createCell(0)
                    .setCellValue(
                            company.letterhead().company().legalNameZh() == null
                                    ? ""
                                    : company.letterhead().company().legalNameZh());
            sheet.createRow(r++)
                    .createCell(0)
                    .setCellValue(t.apply("print.statement.title") + " · "
                            + st.customer().name());
            var period = sheet.createRow(r++);
            period.createCell(0).setCellValue(st.from() + " – " + st.to());
            period.createCell(1).setCellValue(st.currency());
            r++;
            var head = sheet.createRow(r++);
            String[] heads = {
                "print.date",
                "statement.kind",
                "document.number",
                "finance.debit",
                "finance.creditSide",
                "print.balance"
            };
            for (int i = 0; i < heads.length; i++) {
                head.createCell(i).setCellValue(t.apply(heads[i]));
            }
            var opening = sheet.createRow(r++);
            opening.createCell(1).setCellValue(t.apply("print.openingBalance"));
            cell(opening, 5, st.opening(), money);
            for (Line l : st.lines()) {
                var row = sheet.createRow(r++);
                row.createCell(0).setCellValue(l.date().toString());
                row.createCell(1).setCellValue(t.apply("print.kind." + l.kind()));
                row.createCell(2).setCellValue(l.number());
                cell(row, 3, l.debit(), money);
                cell(row, 4, l.credit(), money);
                cell(row, 5, l.balance(), money);
            }
            var closing = sheet.createRow(r);
            closing.createCell(1).setCellValue(t.apply("print.closingBalance"));
            cell(closing, 5, st.closing(), money);
            for (int i = 0; i < 6; i++) {
                sheet.autoSizeColumn(i);
            }
            book.write(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void cell(
            org.apache.poi.ss.usermodel.Row row,
            int col,
            BigDecimal value,
            org.apache.poi.ss.usermodel.CellStyle style) {
        if (value != null) {
            var c = row.createCell(col);
            c.setCellValue(value.doubleValue());
            c.setCellStyle(style);
        }
    }

    private static Reply reply(com.yiti.finance.internal.StatementReply r) {
        return new Reply(
                r.getId(),
                r.getPeriodFrom(),
                r.getPeriodTo(),
                r.getClosing(),
                r.getCurrency(),
                r.getStatus(),
                r.getNote(),
                r.getRecordedBy(),
                r.getRecordedAt());
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
