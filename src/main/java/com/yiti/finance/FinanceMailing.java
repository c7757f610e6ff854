package com.yiti.finance;

import com.yiti.customer.CustomerManagement;
import com.yiti.customer.EmailContacts;
import com.yiti.mail.MailAttachment;
import com.yiti.mail.MailForm;
import com.yiti.mail.MailKind;
import com.yiti.mail.MailTemplates;
import com.yiti.mail.Outbox;
import com.yiti.mail.OutgoingMail;
import com.yiti.mail.SentMail;
import com.yiti.order.TimelineType;
import com.yiti.platform.UserDirectory;
import com.yiti.shared.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invoices and customer statements e-mailed as PDF, in the customer's document language, by whoever may read them.
 * An e-mailed invoice also lands on its order's timeline; both show on the customer 360 page.
 */
@Service
@Transactional
public class FinanceMailing {

    private final ReceivablesManagement receivables;
    private final FinanceDocuments documents;
    private final CustomerStatements statements;
    private final CustomerManagement customers;
    private final com.yiti.order.OrderSteps orders;
    private final MailTemplates templates;
    private final Outbox outbox;
    private final UserDirectory directory;

    FinanceMailing(
            ReceivablesManagement receivables,
            FinanceDocuments documents,
            CustomerStatements statements,
            CustomerManagement customers,
            com.yiti.order.OrderSteps orders,
            MailTemplates templates,
            Outbox outbox,
            UserDirectory directory) {
        this.receivables = receivables;
        this.documents = documents;
        this.statements = statements;
        this.customers = customers;
        this.orders = orders;
        this.templates = templates;
        this.outbox = outbox;
        this.directory = directory;
    }

    /** A prepared send form, whom it may go to, the attachment's name and what it is about. */
    public record Draft(String document, MailForm form, EmailContacts contacts, String attachment) {}

    @Transactional(readOnly = true)
    public Draft invoiceDraft(long invoiceId) {
        InvoiceView invoice = receivables.invoice(invoiceId);
        EmailContacts contacts = customers.emailContacts(invoice.customerId());
        var text = templates.render(
                MailKind.INVOICE,
                language(invoice.customerId()),
                Map.of(
                        "customer", invoice.customerName(),
                        "contact", contacts.greetingName(),
                        "number", invoice.number(),
                        "amount", Money.format(invoice.grossTotal(), invoice.currency()),
                        "dueDate", String.valueOf(invoice.dueDate()),
                        "sender", directory.require().displayName()));
        return new Draft(
                invoice.number(), MailForm.of(contacts.defaultAddress(), text), contacts, invoice.number() + ".pdf");
    }

    /** Queues the invoice's PDF to the address in the form; the order's timeline records it. */
    public long sendInvoice(long invoiceId, MailForm form) {
        InvoiceView invoice = receivables.invoice(invoiceId);
        var pdf = documents.invoicePdf(invoiceId, null);
        long id = outbox.queue(new OutgoingMail(
                MailKind.INVOICE,
                form.getTo(),
                form.getSubject(),
                form.getBody(),
                List.of(MailAttachment.pdf(invoice.number() + ".pdf", pdf.content())),
                "invoice:" + invoiceId,
                "customer:" + invoice.customerId(),
                "/finance/invoices/" + invoiceId));
        orders.recordStep(
                invoice.orderId(),
                TimelineType.EMAILED,
                invoice.number(),
                form.getTo().strip());
        return id;
    }

    @Transactional(readOnly = true)
    public List<SentMail> invoiceMails(long invoiceId) {
        receivables.invoice(invoiceId);
        return outbox.about("invoice:" + invoiceId);
    }

    @Transactional(readOnly = true)
    public Draft statementDraft(long customerId, LocalDate from, LocalDate to) {
        CustomerStatements.Statement statement = statements.statement(customerId, from, to);
        EmailContacts contacts = customers.emailContacts(customerId);
        var text = templates.render(
                MailKind.STATEMENT,
                language(customerId),
                Map.of(
                        "customer", statement.customer().name(),
                        "contact", contacts.greetingName(),
                        "from", from.toString(),
                        "to", to.toString(),
                        "balance", Money.format(statement.closing()),
                        "sender", directory.require().displayName()));
        return new Draft(
                statement.customer().name(),
                MailForm.of(contacts.defaultAddress(), text),
                contacts,
                fileName(customerId, from, to));
    }

    public long sendStatement(long customerId, LocalDate from, LocalDate to, MailForm form) {
        byte[] pdf = statements.statementPdf(customerId, from, to, null);
        return outbox.queue(new OutgoingMail(
                MailKind.STATEMENT,
                form.getTo(),
                form.getSubject(),
                form.getBody(),
                List.of(MailAttachment.pdf(fileName(customerId, from, to), pdf)),
                "statement:" + customerId,
                "customer:" + customerId,
                "/finance/credit/" + customerId));
    }

    /** The statements e-mailed to a customer, newest first. */
    @Transactional(readOnly = true)
    public List<SentMail> statementMails(long customerId) {
        statements.checkVisible(customerId);
        return outbox.about("statement:" + customerId);
    }

    private String language(long customerId) {
        return customers.printDetails(customerId).printLanguage(null);
    }

    private static String fileName(long customerId, LocalDate from, LocalDate to) {
        return "statement-" + customerId + "-" + from + "-" + to + ".pdf";
    }
}
