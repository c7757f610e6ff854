package com.yiti.mail;

import java.util.List;

/**
 * The kinds of mail the application sends, each with the placeholders its subject and body may use ({@code {number}}
 * and so on). The default texts are the messages {@code mail.template.<KIND>.subject} and {@code .body}.
 */
public enum MailKind {
    QUOTATION(List.of("company", "customer", "contact", "number", "amount", "validUntil", "sender")),
    INVOICE(List.of("company", "customer", "contact", "number", "amount", "dueDate", "sender")),
    STATEMENT(List.of("company", "customer", "contact", "from", "to", "balance", "sender")),
    SURVEY(List.of("company", "customer", "contact", "number", "subject", "link")),
    PASSWORD_RESET(List.of("company", "name", "username", "link", "hours")),
    SYNC_ALERT(List.of("company", "name", "job", "status", "read", "failed", "error", "link")),
    NOTIFICATION(List.of("company", "name", "title", "link"));

    private final List<String> placeholders;

    MailKind(List<String> placeholders) {
        this.placeholders = placeholders;
    }

    public List<String> placeholders() {
        return placeholders;
    }
}
