package com.yiti.platform.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What an API client's key may do, after it signed in and before the route's role rule: a request outside the key's
 * scopes is refused (403, the scope it needs named), and a key past its requests per minute is refused with 429 and
 * {@code Retry-After} (the seconds to the next minute). Counted per node (two nodes allow twice the rate), in fixed
 * one-minute windows. A person's own key has neither limit.
 */
class ApiClientGate extends OncePerRequestFilter {

    static final String SCOPES = "scopes";
    static final String RATE = "rate_per_minute";
    static final String KEY_ID = "key_id";

    private final Clock clock;
    private final Map<Object, Window> windows = new ConcurrentHashMap<>();

    ApiClientGate(Clock clock) {
        this.clock = clock;
    }

    private record Window(long minute, AtomicInteger count) {}

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof OAuth2AuthenticatedPrincipal key) {
            List<String> scopes = key.getAttribute(SCOPES);
            if (scopes != null && !scopes.isEmpty()) {
                String required = ApiScopes.required(request);
                if (!ApiScopes.allows(scopes, required)) {
                    refuse(response, 403, "Forbidden", "apiClient.scope", "This key lacks the scope " + required + ".");
                    return;
                }
            }
            Integer rate = key.getAttribute(RATE);
            if (rate != null) {
                long now = clock.instant()
                        .toEpochMilli(); // not millis(): a microsecond tick clock divides by zero there (JDK 17)
                long minute = now / 60_000;
                Window w = windows.compute(
                        key.getAttribute(KEY_ID),
                        (id, old) ->
                                old == null || old.minute() != minute ? new Window(minute, new AtomicInteger()) : old);
                if (w.count().incrementAndGet() > rate) {
                    long retryAfter = Math.max(1, ((minute + 1) * 60_000 - now + 999) / 1000);
                    response.setHeader("Retry-After", Long.toString(retryAfter));
                    refuse(
                            response,
                            429,
                            "Too many requests",
                            "apiClient.rateLimited",
                            "This key may make " + rate + " requests a minute.");
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletResponse response, int status, String title, String code, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
                        + detail + "\",\"code\":\"" + code + "\"}");
    }
}
