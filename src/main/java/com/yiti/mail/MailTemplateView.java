package com.yiti.mail;

/** One kind's template in one language, and whether ADMIN changed it from the default. */
public record MailTemplateView(MailKind kind, String language, String subject, String body, boolean customized) {}
