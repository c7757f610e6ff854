package com.yiti.platform.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns {@code Authorization: Bearer <key>} into the key owner's identity with the owner's current roles. A revoked
 * or expired key, or a key of a disabled or locked user, is refused. An API client's key carries its scopes and rate
 * limit for {@link ApiClientGate}.
 */
@Component
class ApiKeyIntrospector implements OpaqueTokenIntrospector {

    /** last_used_at is a hint for the owner, not an access log: one write a minute per key is plenty. */
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private final ApiKeys apiKeys;
    private final Users users;
    private final Clock clock;
    private final com.yiti.platform.SecurityLog log;

    ApiKeyIntrospector(ApiKeys apiKeys, Users users, Clock clock, com.yiti.platform.SecurityLog log) {
        this.log = log;
        this.apiKeys = apiKeys;
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional
    public OAuth2AuthenticatedPrincipal introspect(String token) {
        Instant now = clock.instant();
        ApiKey key = apiKeys.findByKeyHash(Secrets.sha256(token))
                .filter(k -> k.isUsable(now))
                .orElseThrow(() -> new BadOpaqueTokenException("Invalid API key"));
        User user = users.findById(key.getUserId())
                .filter(u -> u.isEnabled() && !u.isLocked(now))
                .orElseThrow(() -> new BadOpaqueTokenException("Invalid API key"));
        if (key.getLastUsedAt() == null) {
            log.record(
                    com.yiti.platform.SecurityEventType.API_KEY_FIRST_USED,
                    user.getUsername(),
                    "key " + key.getKeyPrefix() + "…");
        }
        if (key.getLastUsedAt() == null || key.getLastUsedAt().isBefore(now.minus(TOUCH_INTERVAL))) {
            // bookkeeping: a conditional update, never an optimistic-lock failure for the request
            apiKeys.touch(key.getId(), now, now.minus(TOUCH_INTERVAL));
        }
        Map<String, Object> attributes = new java.util.HashMap<>();
        attributes.put("sub", user.getUsername());
        attributes.put(ApiClientGate.KEY_ID, key.getId());
        if (key.isClient()) {
            attributes.put(ApiClientGate.SCOPES, key.scopeList());
        }
        if (key.getRatePerMinute() != null) {
            attributes.put(ApiClientGate.RATE, key.getRatePerMinute());
        }
        return new DefaultOAuth2AuthenticatedPrincipal(
                user.getUsername(),
                attributes,
                user.getRoles().stream()
                        .<GrantedAuthority>map(r -> new SimpleGrantedAuthority(r.authority()))
                        .toList());
    }
}
