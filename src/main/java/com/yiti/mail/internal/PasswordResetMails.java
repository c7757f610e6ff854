package com.yiti.mail.internal;

import com.yiti.mail.MailKind;
import com.yiti.mail.MailTemplates;
import com.yiti.mail.MailText;
import com.yiti.mail.Outbox;
import com.yiti.mail.OutgoingMail;
import com.yiti.platform.PasswordResetLinkRequested;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The password-reset link goes out by mail, queued in the administrator's transaction: without an SMTP server the
 * request is refused (and no link made), and the link is sent only if that transaction commits.
 */
@Component
class PasswordResetMails {

    private final Outbox outbox;
    private final MailTemplates templates;

    PasswordResetMails(Outbox outbox, MailTemplates templates) {
        this.outbox = outbox;
        this.templates = templates;
    }

    @EventListener
    void on(PasswordResetLinkRequested request) {
        String language = request.language() != null && request.language().startsWith("en") ? "en" : "zh";
        MailText text = templates.render(
                MailKind.PASSWORD_RESET,
                language,
                Map.of(
                        "name", request.displayName() == null ? request.username() : request.displayName(),
                        "username", request.username(),
                        "link", request.link(),
                        "hours", Long.toString(request.validHours())));
        outbox.queue(new OutgoingMail(
                MailKind.PASSWORD_RESET,
                request.email(),
                text.subject(),
                text.body(),
                List.of(),
                "user:" + request.userId(),
                null,
                "/admin/users/" + request.userId()));
    }
}
