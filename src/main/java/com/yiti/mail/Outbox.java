package com.yiti.mail;

import com.yiti.mail.internal.MailMessage;
import com.yiti.mail.internal.MailMessageAttachments;
import com.yiti.mail.internal.MailMessages;
import com.yiti.platform.CurrentUser;
import com.yiti.platform.UserDirectory;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.RecordNotFoundException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues mail inside the caller's transaction; it goes out only if that transaction commits (a {@link MailQueued}
 * publication the delivery listener completes once the SMTP server took it). Callers have already checked that the
 * user may see the document the mail is about; the outbox checks the mail itself.
 */
@Service
@Transactional
public class Outbox {

    static final int MAX_BODY = 10_000;

    private final MailMessages messages;
    private final MailMessageAttachments attachments;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<JavaMailSender> sender;
    private final UserDirectory directory;
    private final Clock clock;

    Outbox(
            MailMessages messages,
            MailMessageAttachments attachments,
            ApplicationEventPublisher events,
            ObjectProvider<JavaMailSender> sender,
            UserDirectory directory,
            Clock clock) {
        this.messages = messages;
        this.attachments = attachments;
        this.events = events;
        this.sender = sender;
        this.directory = directory;
        this.clock = clock;
    }

    /** Whether an SMTP server is configured ({@code spring.mail.host}); without one nothing can be queued. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public boolean available() {
        return sender.getIfAvailable() != null;
    }

    /**
     * Queues a mail in the current transaction and returns its id; refused with a field error when no SMTP server is
     * configured or the recipient, subject or body is not usable.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long queue(OutgoingMail mail) {
        if (!available()) {
            throw new BusinessRuleException(null, "mail.notConfigured");
        }
        String to = recipient(mail.to());
        String subject = mail.subject() == null ? "" : mail.subject().strip();
        if (subject.isEmpty() || subject.length() > 200 || subject.contains("\n") || subject.contains("\r")) {
            throw new BusinessRuleException("subject", "mail.subjectInvalid");
        }
        String body = mail.body() == null ? "" : mail.body().strip();
        if (body.isEmpty() || body.length() > MAX_BODY) {
            throw new BusinessRuleException("body", "mail.bodyInvalid");
        }
        Optional<CurrentUser> user = directory.current();
        MailMessage message = messages.save(new MailMessage(
                mail.kind(),
                to,
                subject,
                body,
                mail.recordRef(),
                mail.partyRef(),
                mail.link(),
                user.map(CurrentUser::id).orElse(null),
                user.map(CurrentUser::username).orElse("system"),
                clock.instant()));
        for (MailAttachment a : mail.attachments()) {
            attachments.save(message.getId(), a.filename(), a.contentType(), a.content());
        }
        events.publishEvent(new MailQueued(message.getId()));
        return message.getId();
    }

    /** The mails about one document, newest first (the document page's list). */
    @Transactional(readOnly = true)
    public List<SentMail> about(String recordRef) {
        return messages.findTop20ByRecordRefOrderByIdDesc(recordRef).stream()
                .map(MailMessage::view)
                .toList();
    }

    /** The mails to one customer, newest first (the customer 360 page). */
    @Transactional(readOnly = true)
    public List<SentMail> toParty(String partyRef) {
        return messages.findTop20ByPartyRefOrderByIdDesc(partyRef).stream()
                .map(MailMessage::view)
                .toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Page<SentMail> recent(MailStatus status, Pageable pageable) {
        Page<MailMessage> page = status == null
                ? messages.findAllByOrderByIdDesc(pageable)
                : messages.findByStatusOrderByIdDesc(status, pageable);
        return page.map(MailMessage::view);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public SentMail get(long id) {
        return find(id).view();
    }

    /** ADMIN sends a failed mail again (after fixing the SMTP settings, say). */
    @PreAuthorize("hasRole('ADMIN')")
    public SentMail retry(long id) {
        MailMessage message = find(id);
        if (message.getStatus() != MailStatus.FAILED) {
            throw new BusinessRuleException(null, "mail.notFailed");
        }
        message.requeue();
        events.publishEvent(new MailQueued(id));
        return message.view();
    }

    private MailMessage find(long id) {
        return messages.findById(id).orElseThrow(() -> new RecordNotFoundException("Mail", id));
    }

    /** One plain address (no display name, no list): what the form's "to" field accepts. */
    static String recipient(String to) {
        String value = to == null ? "" : to.strip();
        try {
            InternetAddress address = new InternetAddress(value, true);
            if (value.length() > 200 || address.getPersonal() != null || !value.equals(address.getAddress())) {
                throw new BusinessRuleException("to", "mail.toInvalid");
            }
            address.validate();
            if (!value.contains("@") || value.endsWith("@") || value.startsWith("@")) {
                throw new BusinessRuleException("to", "mail.toInvalid");
            }
            return value;
        } catch (AddressException e) {
            throw new BusinessRuleException("to", "mail.toInvalid");
        }
    }
}
