package com.yiti.platform.internal;

import com.yiti.platform.PasswordResetLinkRequested;
import com.yiti.platform.PublicLinks;
import com.yiti.platform.SecurityEventType;
import com.yiti.platform.SecurityLog;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password-reset links instead of passwords handed over by hand: ADMIN has a one-time link e-mailed to a user (valid
 * {@link #VALID_FOR}, only its SHA-256 stored, earlier open links of the user void); the user opens it, chooses a
 * password under the usual policy, and every session of the account ends.
 */
@Service
@Transactional
public class PasswordResets {

    static final Duration VALID_FOR = Duration.ofHours(24);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PasswordResetLinks links;
    private final Users users;
    private final PasswordEncoder encoder;
    private final SignedInSessions sessions;
    private final SecurityLog log;
    private final PublicLinks publicLinks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PasswordResets(
            PasswordResetLinks links,
            Users users,
            PasswordEncoder encoder,
            SignedInSessions sessions,
            SecurityLog log,
            PublicLinks publicLinks,
            ApplicationEventPublisher events,
            Clock clock) {
        this.links = links;
        this.users = users;
        this.encoder = encoder;
        this.sessions = sessions;
        this.log = log;
        this.publicLinks = publicLinks;
        this.events = events;
        this.clock = clock;
    }

    /** ADMIN: e-mails the user a link to set a password; refused when the user has no e-mail address. */
    @PreAuthorize("hasRole('ADMIN')")
    public void sendLink(long userId) {
        User user = users.findById(userId).orElseThrow(() -> new RecordNotFoundException("User", userId));
        if (user.getEmail() == null || user.getEmail().isBlank()) {
            throw new BusinessRuleException("email", "user.resetLink.noEmail");
        }
        if (!user.isEnabled()) {
            throw new BusinessRuleException(null, "user.resetLink.disabled");
        }
        Instant now = clock.instant();
        links.openFor(userId, now).forEach(l -> l.use(now));
        byte[] raw = new byte[24];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant expires = now.plus(VALID_FOR);
        String actor = SecurityAuditor.currentUsername();
        links.save(new PasswordResetLink(userId, hash(token), now, actor, expires));
        log.record(SecurityEventType.PASSWORD_RESET, user.getUsername(), "link e-mailed by " + actor);
        events.publishEvent(new PasswordResetLinkRequested(
                userId,
                user.getUsername(),
                user.getDisplayName(),
                user.getEmail(),
                user.getLanguage(),
                publicLinks.absolute("/password-reset/" + token),
                expires,
                VALID_FOR.toHours()));
    }

    /** The username a link is for, if the link can still be used. */
    @Transactional(readOnly = true)
    public java.util.Optional<String> usernameFor(String token) {
        Instant now = clock.instant();
        return links.findByTokenHash(hash(token))
                .filter(l -> l.usableAt(now))
                .flatMap(l -> users.findById(l.getUserId()))
                .filter(User::isEnabled)
                .map(User::getUsername);
    }

    /** Sets the password through a link, once; every session of the account ends. */
    public String redeem(String token, String newPassword) {
        Instant now = clock.instant();
        PasswordResetLink link = links.lockByTokenHash(hash(token))
                .filter(l -> l.usableAt(now))
                .orElseThrow(() -> new BusinessRuleException(null, "passwordReset.invalid"));
        User user = users.findById(link.getUserId())
                .filter(User::isEnabled)
                .orElseThrow(() -> new BusinessRuleException(null, "passwordReset.invalid"));
        PasswordPolicy.check("newPassword", user.getUsername(), newPassword);
        user.changePasswordHash(encoder.encode(newPassword));
        link.use(now);
        sessions.endAfterCommit(user.getUsername(), null);
        log.record(SecurityEventType.PASSWORD_CHANGED, user.getUsername(), "through an e-mailed reset link");
        return user.getUsername();
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((token == null ? "" : token).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
