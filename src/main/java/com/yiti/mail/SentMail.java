package com.yiti.mail;

import java.time.Instant;

/** A mail as the lists show it. */
public record SentMail(
        long id,
        MailKind kind,
        String to,
        String subject,
        MailStatus status,
        int attempts,
        String lastError,
        String sender,
        Instant queuedAt,
        Instant sentAt,
        String recordRef,
        String link) {}
