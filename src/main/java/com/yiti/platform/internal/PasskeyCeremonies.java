package com.yiti.platform.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.authentication.PublicKeyCredentialRequestOptionsRepository;
import org.springframework.security.web.webauthn.registration.PublicKeyCredentialCreationOptionsRepository;

/**
 * The challenge of a passkey ceremony between its two requests (options, then the signed answer), kept for at most
 * five minutes per session. Spring Security keeps it in the HTTP session by default, but its options are not
 * serializable, and sessions live in the database here; so they are held in this node's memory, keyed by the session
 * id. Behind several nodes, the proxy keeps a client on one node for the few seconds a ceremony takes (nginx
 * {@code ip_hash} or a sticky cookie); a ceremony that lands elsewhere fails cleanly and is simply repeated.
 */
final class PasskeyCeremonies {

    static final Duration LIFETIME = Duration.ofMinutes(5);

    private record Held<T>(T options, Instant until) {}

    private final Map<String, Held<PublicKeyCredentialCreationOptions>> creations = new ConcurrentHashMap<>();
    private final Map<String, Held<PublicKeyCredentialRequestOptions>> requests = new ConcurrentHashMap<>();
    private final Clock clock;

    PasskeyCeremonies(Clock clock) {
        this.clock = clock;
    }

    PublicKeyCredentialCreationOptionsRepository creations() {
        return new PublicKeyCredentialCreationOptionsRepository() {
            @Override
            public void save(
                    HttpServletRequest request,
                    HttpServletResponse response,
                    PublicKeyCredentialCreationOptions options) {
                put(creations, request, options);
            }

            @Override
            public PublicKeyCredentialCreationOptions load(HttpServletRequest request) {
                return get(creations, request);
            }
        };
    }

    PublicKeyCredentialRequestOptionsRepository requests() {
        return new PublicKeyCredentialRequestOptionsRepository() {
            @Override
            public void save(
                    HttpServletRequest request,
                    HttpServletResponse response,
                    PublicKeyCredentialRequestOptions options) {
                put(requests, request, options);
            }

            @Override
            public PublicKeyCredentialRequestOptions load(HttpServletRequest request) {
                return get(requests, request);
            }
        };
    }

    private <T> void put(Map<String, Held<T>> held, HttpServletRequest request, T options) {
        Instant now = clock.instant();
        held.values().removeIf(h -> h.until().isBefore(now));
        String key = request.getSession().getId();
        if (options == null) {
            held.remove(key);
        } else {
            held.put(key, new Held<>(options, now.plus(LIFETIME)));
        }
    }

    private <T> T get(Map<String, Held<T>> held, HttpServletRequest request) {
        var session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Held<T> h = held.get(session.getId());
        return h == null || h.until().isBefore(clock.instant()) ? null : h.options();
    }
}
