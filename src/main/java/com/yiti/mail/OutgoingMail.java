package com.yiti.mail;

import java.util.List;

/**
 * A mail to queue. {@code recordRef} names the document it is about ({@code quotation:12}), {@code partyRef} the
 * customer ({@code customer:7}), so the document's page and the customer 360 page list what was sent; {@code link}
 * is the application page of that document (a failed send's task points there).
 */
public record OutgoingMail(
        MailKind kind,
        String to,
        String subject,
        String body,
        List<MailAttachment> attachments,
        String recordRef,
        String partyRef,
        String link) {

    public OutgoingMail {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
