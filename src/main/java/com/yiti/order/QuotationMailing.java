package com.yiti.order;

import com.yiti.customer.CustomerManagement;
import com.yiti.customer.EmailContacts;
import com.yiti.mail.MailAttachment;
import com.yiti.mail.MailForm;
import com.yiti.mail.MailKind;
import com.yiti.mail.MailTemplates;
import com.yiti.mail.Outbox;
import com.yiti.mail.OutgoingMail;
import com.yiti.mail.SentMail;
import com.yiti.platform.UserDirectory;
import com.yiti.shared.Money;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A quotation e-mailed to the customer as its PDF, in the customer's document language. Whoever may read the
 * quotation may send it; a draft that goes out by mail is marked sent first (with the same checks as "mark sent":
 * lines, approval, validity), so the PDF the customer gets is what the quotation says.
 */
@Service
@Transactional
public class QuotationMailing {

    private final QuotationManagement quotations;
    private final OrderDocuments documents;
    private final CustomerManagement customers;
    private final MailTemplates templates;
    private final Outbox outbox;
    private final UserDirectory directory;

    QuotationMailing(
            QuotationManagement quotations,
            OrderDocuments documents,
            CustomerManagement customers,
            MailTemplates templates,
            Outbox outbox,
            UserDirectory directory) {
        this.quotations = quotations;
        this.documents = documents;
        this.customers = customers;
        this.templates = templates;
        this.outbox = outbox;
        this.directory = directory;
    }

    /** The send form filled from the template, and whom it may go to. */
    @Transactional(readOnly = true)
    public Draft draft(long id) {
        QuotationView q = quotations.get(id);
        EmailContacts contacts = customers.emailContacts(q.customerId());
        String language = customers.printDetails(q.customerId()).printLanguage(null);
        var text = templates.render(
                MailKind.QUOTATION,
                language,
                Map.of(
                        "customer", q.customerName(),
                        "contact", contacts.greetingName(),
                        "number", q.number(),
                        "amount", Money.format(q.grossTotal()),
                        "validUntil", q.validUntil().toString(),
                        "sender", directory.require().displayName()));
        return new Draft(q, MailForm.of(contacts.defaultAddress(), text), contacts, q.number() + ".pdf");
    }

    /** Queues the mail with the quotation's PDF; it leaves after commit. */
    public long send(long id, MailForm form) {
        QuotationView q = quotations.get(id);
        if (q.status() == QuotationStatus.DRAFT) {
            q = quotations.send(id, q.version());
        }
        var pdf = documents.quotation(id, null);
        return outbox.queue(new OutgoingMail(
                MailKind.QUOTATION,
                form.getTo(),
                form.getSubject(),
                form.getBody(),
                List.of(MailAttachment.pdf(q.number() + ".pdf", pdf.content())),
                "quotation:" + id,
                "customer:" + q.customerId(),
                "/quotations/" + id));
    }

    /** What was e-mailed about the quotation, newest first (read like the quotation). */
    @Transactional(readOnly = true)
    public List<SentMail> sent(long id) {
        quotations.get(id);
        return outbox.about("quotation:" + id);
    }

    /** A prepared send form with the customer's addresses. */
    public record Draft(QuotationView quotation, MailForm form, EmailContacts contacts, String attachment) {}
}
