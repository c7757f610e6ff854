package com.yiti.mail.internal;

import com.yiti.mail.MailQueued;
import com.yiti.mail.MailStatus;
import com.yiti.platform.NewTask;
import com.yiti.platform.Role;
import com.yiti.platform.TaskManagement;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends a queued mail after the transaction that queued it committed. A failed attempt is recorded and the
 * publication left incomplete, so the minute job (and a restart) tries again; after {@link #MAX_ATTEMPTS} the mail is
 * FAILED and its sender (else ADMIN) gets a task pointing at the document. A mail already sent is never sent twice.
 */
@Component
class MailDelivery {

    static final int MAX_ATTEMPTS = 5;
    static final String FAILED_RULE = "mail-failed";
    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final MailMessages messages;
    private final MailMessageAttachments attachments;
    private final ObjectProvider<JavaMailSender> sender;
    private final TaskManagement tasks;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final String from;
    private final ZoneId zone;

    MailDelivery(
            MailMessages messages,
            MailMessageAttachments attachments,
            ObjectProvider<JavaMailSender> sender,
            TaskManagement tasks,
            PlatformTransactionManager transactions,
            Clock clock,
            @Value("${yiti.mail.from:${spring.mail.username:yiti@localhost}}") String from,
            @Value("${yiti.default-time-zone:Asia/Shanghai}") String zone) {
        this.messages = messages;
        this.attachments = attachments;
        this.sender = sender;
        this.tasks = tasks;
        this.clock = clock;
        this.from = from;
        this.zone = ZoneId.of(zone);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @ApplicationModuleListener
    void on(MailQueued queued) {
        MailMessage message = messages.findById(queued.mailId()).orElse(null);
        if (message == null || message.getStatus() != MailStatus.QUEUED) {
            return;
        }
        try {
            send(message);
            message.sent(clock.instant());
        } catch (MailException | MessagingException e) {
            String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            boolean giveUp = message.getAttempts() + 1 >= MAX_ATTEMPTS;
            log.warn(
                    "Mail {} to {} not sent (attempt {}): {}",
                    message.getId(),
                    message.getRecipient(),
                    message.getAttempts() + 1,
                    error);
            if (giveUp) {
                message.attemptFailed(error, true);
                tasks.raise(failedTask(message));
                return;
            }
            // the attempt is recorded in a transaction of its own; this one rolls back and the publication stays
            // incomplete, to be resubmitted
            long id = message.getId();
            ownTransaction.executeWithoutResult(
                    status -> messages.findById(id).ifPresent(m -> m.attemptFailed(error, false)));
            throw new MailNotSent(id, e);
        }
    }

    private void send(MailMessage message) throws MessagingException {
        JavaMailSender mailSender = sender.getIfAvailable();
        if (mailSender == null) {
            throw new MessagingException("no SMTP server configured (spring.mail.host)");
        }
        MimeMessage mime = mailSender.createMimeMessage();
        List<MailMessageAttachments.File> files = attachments.of(message.getId());
        MimeMessageHelper helper = new MimeMessageHelper(mime, !files.isEmpty(), "UTF-8");
        helper.setFrom(from);
        helper.setTo(message.getRecipient());
        helper.setSubject(message.getSubject());
        helper.setText(message.getBody(), false);
        for (MailMessageAttachments.File file : files) {
            helper.addAttachment(file.filename(), new ByteArrayResource(file.content()), file.contentType());
        }
        mailSender.send(mime);
    }

    private NewTask failedTask(MailMessage m) {
        return new NewTask(
                "mail.task.failed",
                List.of(m.getRecipient(), m.getSubject()),
                m.getLink() == null ? "/admin/mail" : m.getLink(),
                m.getSenderUserId(),
                m.getSenderUserId() == null ? Role.ADMIN : null,
                LocalDate.ofInstant(clock.instant(), zone),
                FAILED_RULE,
                "mail:" + m.getId());
    }

    /** Leaves the publication incomplete so the mail is tried again. */
    static class MailNotSent extends RuntimeException {
        MailNotSent(long id, Exception cause) {
            super("mail " + id + " not sent", cause);
        }
    }
}
