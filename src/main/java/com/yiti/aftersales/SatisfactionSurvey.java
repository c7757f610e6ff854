package com.yiti.aftersales;

import static com.yiti.shared.Text.blankToNull;

import com.yiti.aftersales.internal.CsatLink;
import com.yiti.aftersales.internal.CsatLinks;
import com.yiti.aftersales.internal.ServiceDays;
import com.yiti.aftersales.internal.Ticket;
import com.yiti.aftersales.internal.Tickets;
import com.yiti.customer.CustomerManagement;
import com.yiti.customer.EmailContacts;
import com.yiti.mail.MailKind;
import com.yiti.mail.MailTemplates;
import com.yiti.mail.MailText;
import com.yiti.mail.Outbox;
import com.yiti.mail.OutgoingMail;
import com.yiti.mail.SentMail;
import com.yiti.platform.CurrentUser;
import com.yiti.platform.PublicLinks;
import com.yiti.platform.UserDirectory;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.RecordNotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer's satisfaction through a one-time link: SERVICE makes the link for a resolved ticket of a customer with
 * an email address; the token is shown once (to be sent to the customer), only its SHA-256 is stored; it expires after
 * 14 days and works once.
 */
@Service
@Transactional
public class SatisfactionSurvey {

    static final Duration VALID_FOR = Duration.ofDays(14);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CsatLinks links;
    private final Tickets tickets;
    private final TicketManagement ticketManagement;
    private final CustomerManagement customers;
    private final UserDirectory directory;
    private final Clock clock;
    private final ServiceDays serviceDays;
    private final Outbox outbox;
    private final MailTemplates templates;
    private final PublicLinks publicLinks;

    SatisfactionSurvey(
            CsatLinks links,
            Tickets tickets,
            TicketManagement ticketManagement,
            CustomerManagement customers,
            UserDirectory directory,
            Clock clock,
            ServiceDays serviceDays,
            Outbox outbox,
            MailTemplates templates,
            PublicLinks publicLinks) {
        this.serviceDays = serviceDays;
        this.outbox = outbox;
        this.templates = templates;
        this.publicLinks = publicLinks;
        this.links = links;
        this.tickets = tickets;
        this.ticketManagement = ticketManagement;
        this.customers = customers;
        this.directory = directory;
        this.clock = clock;
    }

    /** A new link for a resolved ticket; returns the token (shown once, never stored). */
    @PreAuthorize("hasAnyRole('SERVICE', 'ADMIN')")
    public String createLink(long ticketId) {
        TicketView t = ticketManagement.get(ticketId);
        if (t.status() != TicketStatus.RESOLVED) {
            throw new BusinessRuleException(null, "csat.notResolved");
        }
        if (!customers.hasEmailContact(t.customerId())) {
            throw new BusinessRuleException(null, "csat.noEmail");
        }
        byte[] raw = new byte[24];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant now = clock.instant();
        links.save(new CsatLink(
                ticketId,
                hash(token),
                now.plus(VALID_FOR),
                directory.current().map(CurrentUser::username).orElse("system"),
                now));
        return token;
    }

    /**
     * Makes a link and e-mails it to the customer's primary e-mail contact, in the customer's language, after commit;
     * returns the address it goes to.
     */
    @PreAuthorize("hasAnyRole('SERVICE', 'ADMIN')")
    public String emailLink(long ticketId) {
        if (!outbox.available()) {
            throw new BusinessRuleException(null, "mail.notConfigured");
        }
        String token = createLink(ticketId);
        TicketView t = ticketManagement.get(ticketId);
        EmailContacts contacts = customers.emailContacts(t.customerId());
        String language = customers.printDetails(t.customerId()).printLanguage(null);
        MailText text = templates.render(
                MailKind.SURVEY,
                language,
                Map.of(
                        "customer", t.customerName(),
                        "contact", contacts.greetingName(),
                        "number", t.number(),
                        "subject", t.subject(),
                        "link", publicLinks.absolute("/csat/" + token)));
        outbox.queue(new OutgoingMail(
                MailKind.SURVEY,
                contacts.defaultAddress(),
                text.subject(),
                text.body(),
                List.of(),
                "ticket:" + ticketId,
                "customer:" + t.customerId(),
                "/tickets/" + ticketId));
        return contacts.defaultAddress();
    }

    /** The e-mails about a ticket (survey links), newest first; read like the ticket. */
    @Transactional(readOnly = true)
    public List<SentMail> mails(long ticketId) {
        ticketManagement.get(ticketId);
        return outbox.about("ticket:" + ticketId);
    }

    /** The ticket a still usable token is for (empty when unknown, used or expired). */
    @Transactional(readOnly = true)
    public Optional<String> subjectOf(String token) {
        return links.findByTokenHash(hash(token))
                .filter(l -> l.usable(clock.instant()))
                .flatMap(l -> tickets.findById(l.getTicketId()))
                .map(t -> t.getNumber() + " · " + t.getSubject());
    }

    /** The customer's answer through the link: 1–5 and a comment; the link is spent. */
    public void answer(String token, Integer score, String comment) {
        CsatLink link = links.lockByHash(hash(token))
                .filter(l -> l.usable(clock.instant()))
                .orElseThrow(() -> new RecordNotFoundException("CsatLink", "token"));
        if (score == null || score < 1 || score > 5) {
            throw new BusinessRuleException("score", "ticket.csatRange");
        }
        String c = blankToNull(comment);
        if (c != null && c.length() > 1000) {
            throw new BusinessRuleException("comment", "field.tooLong", 1000);
        }
        Ticket t = tickets.lock(link.getTicketId()).orElseThrow();
        ServiceDays.Key before = ServiceDays.Key.of(t);
        t.rate(score, c);
        serviceDays.change(before, ServiceDays.Key.of(t));
        link.use(clock.instant());
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
