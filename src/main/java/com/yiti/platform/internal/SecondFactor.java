package com.yiti.platform.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.yiti.platform.NewTask;
import com.yiti.platform.Role;
import com.yiti.platform.SecurityEventType;
import com.yiti.platform.SecurityLog;
import com.yiti.platform.TaskManagement;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.RecordNotFoundException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import javax.imageio.ImageIO;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor (ASVS 6.3): a TOTP authenticator app, enrolled with a QR code rendered here and confirmed with
 * a first code, plus ten single-use recovery codes shown once and stored hashed. Each code is accepted once
 * (the last step used is kept), within ±1 step; wrong codes are throttled like passwords. Required for ADMIN and
 * FINANCE after a 7-day grace period from their first sign-in without one (demo users excepted); optional for
 * everyone else. ADMIN can reset a user's second factor (audited, the user gets a task).
 */
@Service
@Transactional
public class SecondFactor {

    static final Set<Role> REQUIRED_FOR = EnumSet.of(Role.ADMIN, Role.FINANCE);
    static final Duration GRACE = Duration.ofDays(7);
    static final int RECOVERY_CODES = 10;

    /** What a sign-in with the right password still needs. */
    public enum AtSignIn {
        /** Nothing: no second factor enrolled and none required (yet). */
        NONE,
        /** The code of the enrolled authenticator (or a recovery code). */
        CODE,
        /** Enrolment, now: the grace period is over. */
        ENROL_NOW,
        /** Enrolment is required soon: the grace period runs. */
        ENROL_SOON
    }

    public record Status(
            boolean enrolled,
            Instant enrolledAt,
            boolean required,
            Instant due,
            int recoveryCodesLeft,
            boolean authenticatorApp,
            List<Passkey> passkeys) {}

    /** A registered passkey as its owner sees it; {@code id} is the credential id (Base64url). */
    public record Passkey(String id, String label, Instant created, Instant lastUsed) {}

    /** A started enrolment: the secret (kept in the session until confirmed), its link and QR code. */
    public record Enrolment(String secret, String uri, String qrCodeDataUri) implements java.io.Serializable {}

    private final Users users;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SecurityLog log;
    private final LoginThrottle throttle;
    private final TaskManagement tasks;
    private final SignedInSessions sessions;
    private final org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository
            passkeyUsers;
    private final org.springframework.security.web.webauthn.management.UserCredentialRepository passkeyCredentials;

    SecondFactor(
            Users users,
            JdbcTemplate jdbc,
            Clock clock,
            SecurityLog log,
            LoginThrottle throttle,
            TaskManagement tasks,
            SignedInSessions sessions,
            org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository passkeyUsers,
            org.springframework.security.web.webauthn.management.UserCredentialRepository passkeyCredentials) {
        this.passkeyUsers = passkeyUsers;
        this.passkeyCredentials = passkeyCredentials;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
        this.log = log;
        this.throttle = throttle;
        this.tasks = tasks;
        this.sessions = sessions;
    }

    public AtSignIn atSignIn(String username) {
        User user = load(username);
        if (user.hasSecondFactor() || !passkeys(username).isEmpty()) {
            return AtSignIn.CODE;
        }
        if (user.isDemo() || user.getRoles().stream().noneMatch(REQUIRED_FOR::contains)) {
            return AtSignIn.NONE;
        }
        if (user.getSecondFactorDue() == null) {
            user.secondFactorDue(clock.instant().plus(GRACE));
        }
        return user.getSecondFactorDue().isAfter(clock.instant()) ? AtSignIn.ENROL_SOON : AtSignIn.ENROL_NOW;
    }

    @Transactional(readOnly = true)
    public Status status(String username) {
        User user = load(username);
        boolean required = !user.isDemo() && user.getRoles().stream().anyMatch(REQUIRED_FOR::contains);
        Integer left = jdbc.queryForObject(
                "select count(*) from plt_recovery_code where user_id = ? and used_at is null",
                Integer.class,
                user.getId());
        List<Passkey> passkeys = passkeys(username);
        return new Status(
                user.hasSecondFactor() || !passkeys.isEmpty(),
                user.getTotpEnabledAt(),
                required,
                user.getSecondFactorDue(),
                left == null ? 0 : left,
                user.hasSecondFactor(),
                passkeys);
    }

    /** The user's passkeys, newest first. */
    @Transactional(readOnly = true)
    public List<Passkey> passkeys(String username) {
        var entity = passkeyUsers.findByUsername(username);
        if (entity == null) {
            return List.of();
        }
        return passkeyCredentials.findByUserId(entity.getId()).stream()
                .map(c -> new Passkey(
                        c.getCredentialId().toBase64UrlString(), c.getLabel(), c.getCreated(), c.getLastUsed()))
                .sorted(java.util.Comparator.comparing(
                                Passkey::created,
                                java.util.Comparator.nullsLast(java.util.Comparator.<Instant>naturalOrder()))
                        .reversed())
                .toList();
    }

    /** Removes one of the user's own passkeys (a lost or replaced device). */
    public void removePasskey(String username, String credentialId) {
        Passkey passkey = passkeys(username).stream()
                .filter(p -> p.id().equals(credentialId))
                .findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Passkey", credentialId));
        passkeyCredentials.delete(org.springframework.security.web.webauthn.api.Bytes.fromBase64(passkey.id()));
        log.record(SecurityEventType.SECOND_FACTOR_RESET, username, "passkey removed by the user: " + passkey.label());
    }

    @Transactional(readOnly = true)
    public Enrolment startEnrolment(String username) {
        User user = load(username);
        if (user.hasSecondFactor()) {
            throw new BusinessRuleException(null, "secondFactor.alreadyEnrolled");
        }
        String secret = Totp.newSecret();
        String uri = Totp.uri(username, secret);
        return new Enrolment(secret, uri, qrCode(uri));
    }

    /** Confirms the enrolment with a first code of the new secret; returns the recovery codes, shown this once. */
    public List<String> confirmEnrolment(String username, String secret, String code) {
        User user = load(username);
        if (user.hasSecondFactor()) {
            throw new BusinessRuleException(null, "secondFactor.alreadyEnrolled");
        }
        if (secret == null) {
            throw new BusinessRuleException(null, "secondFactor.startAgain");
        }
        OptionalLong step = Totp.verify(secret, code, clock.instant(), 0);
        if (step.isEmpty()) {
            throw new BusinessRuleException("code", "secondFactor.codeWrong");
        }
        user.enrolTotp(secret, step.getAsLong(), clock.instant());
        jdbc.update("delete from plt_recovery_code where user_id = ?", user.getId());
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String recovery = Secrets.recoveryCode();
            codes.add(recovery);
            jdbc.update(
                    "insert into plt_recovery_code (user_id, code_hash) values (?, ?)",
                    user.getId(),
                    Secrets.sha256(normalized(recovery)));
        }
        log.record(SecurityEventType.SECOND_FACTOR_ENROLLED, username, "authenticator app, 10 recovery codes");
        return codes;
    }

    /**
     * Checks a code at sign-in: the authenticator's (once per step) or an unused recovery code (then spent). Wrong
     * codes count towards the same back-off as passwords.
     */
    public boolean verify(String username, String code, String address) {
        String throttleKey = "2fa:" + address;
        if (throttle.waitFor(throttleKey, username).isPresent()) {
            log.record(SecurityEventType.SIGN_IN_THROTTLED, username, address, "second factor");
            throw new BusinessRuleException("code", "secondFactor.throttled");
        }
        User user = users.lockByUsername(username).orElseThrow(() -> new RecordNotFoundException("User", username));
        OptionalLong step = user.hasSecondFactor()
                ? Totp.verify(user.getTotpSecret(), code, clock.instant(), user.getTotpLastStep())
                : OptionalLong.empty();
        if (step.isPresent()) {
            user.totpUsed(step.getAsLong());
            throttle.succeeded(throttleKey, username);
            log.record(SecurityEventType.SECOND_FACTOR_PASSED, username, address, "authenticator code");
            return true;
        }
        String typed = normalized(code);
        if (!typed.isEmpty()
                && jdbc.update(
                                "update plt_recovery_code set used_at = ? where user_id = ? and code_hash = ?"
                                        + " and used_at is null",
                                java.sql.Timestamp.from(clock.instant()),
                                user.getId(),
                                Secrets.sha256(typed))
                        == 1) {
            throttle.succeeded(throttleKey, username);
            log.record(SecurityEventType.SECOND_FACTOR_RECOVERY_USED, username, address, "recovery code spent");
            return true;
        }
        throttle.failed(throttleKey, username);
        log.record(SecurityEventType.SECOND_FACTOR_FAILED, username, address, "wrong code");
        return false;
    }

    /** ADMIN: the user lost the phone. Clears the authenticator and codes, signs the user out, tells them. */
    @PreAuthorize("hasRole('ADMIN')")
    public void reset(long userId, String actingUsername) {
        User user = users.findById(userId).orElseThrow(() -> new RecordNotFoundException("User", userId));
        user.resetSecondFactor();
        if (!user.isDemo() && user.getRoles().stream().anyMatch(REQUIRED_FOR::contains)) {
            // required: enrol again at the next sign-in, no new grace period
            user.secondFactorDue(clock.instant());
        }
        jdbc.update("delete from plt_recovery_code where user_id = ?", userId);
        passkeys(user.getUsername())
                .forEach(p -> passkeyCredentials.delete(
                        org.springframework.security.web.webauthn.api.Bytes.fromBase64(p.id())));
        sessions.endAfterCommit(user.getUsername(), null);
        log.record(SecurityEventType.SECOND_FACTOR_RESET, user.getUsername(), "by " + actingUsername);
        tasks.raise(new NewTask(
                "task.platform.secondFactorReset",
                List.of(actingUsername),
                "/profile/second-factor",
                userId,
                null,
                LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))),
                "platform.second-factor-reset",
                "user:" + userId));
    }

    private User load(String username) {
        return users.findByUsername(username).orElseThrow(() -> new RecordNotFoundException("User", username));
    }

    private static String normalized(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
    }

    static String qrCode(String text) {
        try {
            BitMatrix matrix =
                    new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 240, 240, Map.of(EncodeHintType.MARGIN, 2));
            BufferedImage image =
                    new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
            for (int x = 0; x < matrix.getWidth(); x++) {
                for (int y = 0; y < matrix.getHeight(); y++) {
                    image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (WriterException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
