package com.yiti.platform;

import java.time.Instant;

/**
 * An administrator asked for a password-reset link to be e-mailed to a user. Published inside the administrator's
 * transaction and handled there (the mail module queues the mail, so no link is made without its mail, nor a mail
 * without its link); the link itself is never stored, only its token's hash.
 */
public record PasswordResetLinkRequested(
        long userId,
        String username,
        String displayName,
        String email,
        String language,
        String link,
        Instant expiresAt,
        long validHours) {}
