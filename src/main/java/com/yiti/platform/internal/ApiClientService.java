package com.yiti.platform.internal;

import com.yiti.platform.ApiClientData;
import com.yiti.platform.ApiClientView;
import com.yiti.platform.SecurityEventType;
import com.yiti.platform.SecurityLog;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.RecordNotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ADMIN issues keys to other systems (API clients, decision 037): each acts as a user (its roles and scope still
 * apply) and is further limited to scopes, an optional expiry (the end of the day given, in the company's time zone)
 * and an optional number of requests a minute. The key is shown once; ADMIN sees when each was last used and revokes
 * it. A key can never issue a key: only a signed-in ADMIN who passed the second factor does.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class ApiClientService {

    private final ApiKeys keys;
    private final Users users;
    private final ApiScopes scopes;
    private final SecurityLog log;
    private final Clock clock;
    private final ZoneId zone;

    ApiClientService(
            ApiKeys keys,
            Users users,
            ApiScopes scopes,
            SecurityLog log,
            Clock clock,
            @Value("${yiti.default-time-zone:Asia/Shanghai}") String zone) {
        this.keys = keys;
        this.users = users;
        this.scopes = scopes;
        this.log = log;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
    }

    @Transactional(readOnly = true)
    public Page<ApiClientView> list(Pageable pageable) {
        return keys.findByClientTrueOrderByIdDesc(pageable).map(k -> view(k, null));
    }

    /** The users a client can act as: the enabled ones, by name. */
    @Transactional(readOnly = true)
    public List<String> usernames() {
        return users.findAll(org.springframework.data.domain.Sort.by("username")).stream()
                .filter(User::isEnabled)
                .map(User::getUsername)
                .toList();
    }

    /** Every scope a client can be given. */
    @Transactional(readOnly = true)
    public List<String> scopes() {
        return scopes.all();
    }

    /** Issues a key; the answer holds it in clear text, the only time it is seen. */
    public ApiClientView issue(ApiClientData data) {
        if (SecurityContextHolder.getContext().getAuthentication().getPrincipal()
                instanceof OAuth2AuthenticatedPrincipal) {
            throw new AccessDeniedException("a key cannot issue keys");
        }
        if (!SecondFactorSignIn.passed()) {
            throw new BusinessRuleException("name", "apiKey.secondFactorRequired");
        }
        String name = data.name() == null ? "" : data.name().trim();
        if (name.isEmpty()) {
            throw new BusinessRuleException("name", "field.required");
        }
        if (name.length() > 100) {
            throw new BusinessRuleException("name", "field.tooLong", 100);
        }
        User user = data.username() == null
                ? null
                : users.findByUsername(data.username().trim()).orElse(null);
        if (user == null || !user.isEnabled()) {
            throw new BusinessRuleException("username", "apiClient.noSuchUser");
        }
        List<String> known = scopes.all();
        List<String> wanted = List.copyOf(new LinkedHashSet<>(data.scopes()));
        if (wanted.isEmpty()) {
            throw new BusinessRuleException("scopes", "apiClient.scopesRequired");
        }
        for (String s : wanted) {
            if (!known.contains(s)) {
                throw new BusinessRuleException("scopes", "apiClient.unknownScope", s);
            }
        }
        Instant expires = null;
        if (data.expiresOn() != null) {
            if (!data.expiresOn().isAfter(LocalDate.now(clock.withZone(zone)))) {
                throw new BusinessRuleException("expiresOn", "apiClient.expiryInPast");
            }
            expires = data.expiresOn().plusDays(1).atStartOfDay(zone).toInstant();
        }
        if (data.ratePerMinute() != null && (data.ratePerMinute() < 1 || data.ratePerMinute() > 100_000)) {
            throw new BusinessRuleException("ratePerMinute", "apiClient.rateRange");
        }
        String key = Secrets.randomApiKey();
        ApiKey saved = keys.save(ApiKey.client(
                user.getId(), name, Secrets.sha256(key), Secrets.prefix(key), wanted, expires, data.ratePerMinute()));
        log.record(
                SecurityEventType.API_KEY_CREATED,
                user.getUsername(),
                "client key " + Secrets.prefix(key) + "… (" + name + ") " + String.join(" ", saved.scopeList()));
        return view(saved, key);
    }

    public ApiClientView revoke(long id) {
        ApiKey key = keys.findById(id)
                .filter(ApiKey::isClient)
                .orElseThrow(() -> new RecordNotFoundException("ApiClient", id));
        key.revoke(clock.instant());
        String username = users.findById(key.getUserId()).map(User::getUsername).orElse("?");
        log.record(SecurityEventType.API_KEY_REVOKED, username, "client key " + key.getKeyPrefix() + "…");
        return view(key, null);
    }

    private ApiClientView view(ApiKey k, String clearKey) {
        String username = users.findById(k.getUserId()).map(User::getUsername).orElse("?");
        return new ApiClientView(
                k.getId(),
                k.getName(),
                username,
                k.getKeyPrefix(),
                k.scopeList(),
                k.getExpiresAt(),
                k.getRatePerMinute(),
                k.getLastUsedAt(),
                k.getRevokedAt(),
                k.getCreatedAt(),
                clearKey);
    }
}
