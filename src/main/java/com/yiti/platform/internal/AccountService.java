package com.yiti.platform.internal;

import com.yiti.platform.SecurityEventType;
import com.yiti.platform.SecurityLog;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.RecordNotFoundException;
import java.time.Clock;
import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What every user may do to their own account: password, language, API keys. */
@Service
@Transactional
public class AccountService {

    private final Users users;
    private final ApiKeys apiKeys;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final SignedInSessions sessions;
    private final SecurityLog log;

    AccountService(
            Users users,
            ApiKeys apiKeys,
            PasswordEncoder encoder,
            Clock clock,
            SignedInSessions sessions,
            SecurityLog log) {
        this.log = log;
        this.sessions = sessions;
        this.users = users;
        this.apiKeys = apiKeys;
        this.encoder = encoder;
        this.clock = clock;
    }

    public void changePassword(String username, String currentPassword, String newPassword) {
        User user = load(username);
        if (currentPassword == null || !encoder.matches(currentPassword, user.getPasswordHash())) {
            throw new BusinessRuleException("currentPassword", "password.currentWrong");
        }
        PasswordPolicy.check("newPassword", username, newPassword);
        if (encoder.matches(newPassword, user.getPasswordHash())) {
            throw new BusinessRuleException("newPassword", "password.sameAsCurrent");
        }
        user.changePasswordHash(encoder.encode(newPassword));
        PasswordChangeRequired.changed();
        // a password change signs out every other device; this one stays signed in
        sessions.endAfterCommit(username, currentSessionId());
        log.record(SecurityEventType.PASSWORD_CHANGED, username, "by the user; other sessions ended");
    }

    private static String currentSessionId() {
        var attributes = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
        return attributes == null ? null : attributes.getSessionId();
    }

    /** For the strength meter: zxcvbn's score 0–4 and the rule the password breaks (a message code), if any. */
    public record PasswordStrength(int score, String problem) {}

    public PasswordStrength passwordStrength(String username, String password) {
        PasswordPolicy.Measure m = PasswordPolicy.measure(username, password);
        return new PasswordStrength(m.score(), m.problem());
    }

    public void setLanguage(String username, String languageTag) {
        var locale = Languages.parse(languageTag)
                .orElseThrow(() -> new BusinessRuleException("language", "language.unsupported"));
        load(username).setLanguage(Languages.tag(locale));
    }

    @Transactional(readOnly = true)
    public String language(String username) {
        return users.findByUsername(username).map(User::getLanguage).orElse(null);
    }

    @Transactional(readOnly = true)
    public List<ApiKey> apiKeys(String username) {
        // a person's own keys; the keys ADMIN issued to clients acting as him are ADMIN's to see and revoke
        return apiKeys.findByUserIdOrderByIdDesc(load(username).getId()).stream()
                .filter(k -> !k.isClient())
                .toList();
    }

    /** Creates a key and returns it in clear text, the only time it is ever seen. */
    public String createApiKey(String username, String name) {
        if (!SecondFactorSignIn.passed()) {
            // a key signs in without a second factor: only a session that passed one may issue it
            throw new BusinessRuleException("name", "apiKey.secondFactorRequired");
        }
        if (name == null || name.isBlank()) {
            throw new BusinessRuleException("name", "apiKey.nameRequired");
        }
        if (name.length() > 100) {
            throw new BusinessRuleException("name", "field.tooLong", 100);
        }
        String key = Secrets.randomApiKey();
        apiKeys.save(new ApiKey(load(username).getId(), name.trim(), Secrets.sha256(key), Secrets.prefix(key)));
        log.record(
                SecurityEventType.API_KEY_CREATED, username, "key " + Secrets.prefix(key) + "… (" + name.trim() + ")");
        return key;
    }

    public void revokeApiKey(String username, long keyId) {
        ApiKey key = apiKeys.findByIdAndUserId(keyId, load(username).getId())
                .filter(k -> !k.isClient())
                .orElseThrow(() -> new RecordNotFoundException("ApiKey", keyId));
        key.revoke(clock.instant());
        log.record(SecurityEventType.API_KEY_REVOKED, username, "key " + key.getKeyPrefix() + "…");
    }

    private User load(String username) {
        return users.findByUsername(username).orElseThrow(() -> new RecordNotFoundException("User", username));
    }
}
