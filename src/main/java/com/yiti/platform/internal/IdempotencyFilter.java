package com.yiti.platform.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Exactly-once requests. An API call that changes something ({@code POST}, {@code PUT}, {@code PATCH},
 * {@code DELETE} under {@code /api/}) with an {@code Idempotency-Key} header, and every form posted from a page (its
 * one-time {@value #FORM_KEY} field, added to each form by {@link FormKeys}), runs in one transaction that also claims
 * the key for the signed-in user. The same key again — a retry, a double click, or a parallel request that waits for
 * the first on the key's unique index — gets the first answer instead of doing the work twice. The same key with a
 * different request is a 422. Nothing is kept of a request that failed (4xx, 5xx), so it may be retried; a form shown
 * again with its errors frees its key. A deadlock victim is run once more from the start.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String FORM_KEY = "_formKey";

    private static final String RETRYABLE = com.yiti.platform.TransactionRetry.RETRYABLE_REQUEST;

    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);
    private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final int MAX_KEY = 100;
    private static final int MAX_BODY = 1024 * 1024;

    private final IdempotentRequests stored;
    private final TransactionTemplate transactions;

    IdempotencyFilter(IdempotentRequests stored, PlatformTransactionManager transactionManager) {
        this.stored = stored;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    private record Outcome(boolean replay, boolean retry) {}

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !CHANGING.contains(request.getMethod())
                || request.getRequestURI().equals(request.getContextPath() + "/login")
                || request.getRequestURI().equals(request.getContextPath() + "/logout");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        String contentType = request.getContentType();
        boolean multipart =
                contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
        // htmx forms stay on their page and post again with the same field: only whole-page forms carry a key
        boolean htmx = "true".equals(request.getHeader("HX-Request"));
        String key = api ? request.getHeader(HEADER) : multipart || htmx ? null : request.getParameter(FORM_KEY);
        if (key == null || key.isBlank()) {
            chain.doFilter(request, response);
            return;
        }
        if (key.length() > MAX_KEY) {
            Problems.write(
                    response,
                    HttpServletResponse.SC_BAD_REQUEST,
                    "Bad request",
                    "The Idempotency-Key has more than " + MAX_KEY + " characters.",
                    "idempotencyKey.tooLong");
            return;
        }
        HttpServletRequest req = request;
        String hash;
        if (api) {
            byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                Problems.write(
                        response, 413, "Payload too large", "The request body is over 1 MB.", "request.tooLarge");
                return;
            }
            req = new CachedBodyRequest(request, body);
            hash = Secrets.sha256(request.getMethod() + " " + request.getRequestURI() + "?"
                    + (request.getQueryString() == null ? "" : request.getQueryString()) + "\n"
                    + new String(body, StandardCharsets.UTF_8));
        } else {
            hash = Secrets.sha256(request.getMethod() + " " + request.getRequestURI());
        }
        String user = auth.getName();
        ContentCachingResponseWrapper captured = new HeldResponse(response);
        Outcome outcome = run(req, captured, chain, user, key.trim(), hash, api);
        if (outcome.retry()) {
            log.info("{} {}: deadlock victim, running it once more", request.getMethod(), request.getRequestURI());
            captured.reset();
            outcome = run(req, captured, chain, user, key.trim(), hash, api);
        }
        if (outcome.retry()) {
            captured.reset();
            Problems.write(
                    captured,
                    HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "Busy",
                    "The request met a conflicting one twice; nothing was changed. Send it again.",
                    "request.lockConflict");
        } else if (outcome.replay()) {
            captured.reset();
            replay(captured, user, key.trim(), hash, api);
        }
        captured.copyBodyToResponse();
    }

    private Outcome run(
            HttpServletRequest request,
            ContentCachingResponseWrapper response,
            FilterChain chain,
            String user,
            String key,
            String hash,
            boolean api)
            throws ServletException, IOException {
        try {
            return transactions.execute(tx -> {
                try {
                    stored.claim(user, key, hash);
                } catch (DuplicateKeyException e) {
                    tx.setRollbackOnly();
                    return new Outcome(true, false);
                }
                try {
                    chain.doFilter(request, response);
                } catch (IOException | ServletException e) {
                    throw new WrappedException(e);
                }
                if (request.getAttribute(RETRYABLE) != null) {
                    request.removeAttribute(RETRYABLE);
                    tx.setRollbackOnly();
                    return new Outcome(false, true);
                }
                int status = response.getStatus();
                boolean redirect = status >= 300 && status < 400;
                if (tx.isRollbackOnly() || status >= 400 || (!api && !redirect && status != 200)) {
                    // nothing happened (or nothing may be kept): the key stays free for a corrected retry
                    tx.setRollbackOnly();
                } else if (api || redirect) {
                    stored.answer(
                            user,
                            key,
                            status,
                            response.getContentType(),
                            response.getHeader("Location"),
                            api ? response.getContentAsByteArray() : null);
                } else {
                    // a page answered in place (a form shown again, an htmx fragment): not an answer to repeat
                    stored.release(user, key);
                }
                return new Outcome(false, false);
            });
        } catch (WrappedException e) {
            if (lockFailure(e.getCause())) {
                return new Outcome(false, true);
            }
            if (e.getCause() instanceof ServletException se) {
                throw se;
            }
            throw (IOException) e.getCause();
        } catch (RuntimeException e) {
            if (lockFailure(e)) {
                return new Outcome(false, true);
            }
            throw e;
        }
    }

    private static boolean lockFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PessimisticLockingFailureException) {
                return true;
            }
        }
        return false;
    }

    private void replay(HttpServletResponse response, String user, String key, String hash, boolean api)
            throws IOException {
        IdempotentRequests.Stored answer = stored.find(user, key).orElse(null);
        if (answer == null || answer.status() == null) {
            Problems.write(
                    response,
                    HttpServletResponse.SC_CONFLICT,
                    "Conflict",
                    "A request with this Idempotency-Key is still being processed; send it again.",
                    "idempotencyKey.inProgress");
            return;
        }
        if (!answer.hash().equals(hash)) {
            Problems.write(
                    response,
                    422,
                    "Idempotency-Key reused",
                    "This Idempotency-Key was used for a different request; use a new key for a new request.",
                    "idempotencyKey.reused");
            return;
        }
        response.setStatus(answer.status());
        response.setHeader("Idempotent-Replayed", "true");
        if (answer.location() != null) {
            response.setHeader("Location", answer.location());
        }
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        if (api && answer.body() != null) {
            response.getOutputStream().write(answer.body());
        }
    }

    /**
     * The answer is kept back until the transaction commits: the body is buffered, and a redirect is only noted
     * (status and Location), not sent, so a browser never follows it to a page that reads before the commit.
     */
    private static final class HeldResponse extends ContentCachingResponseWrapper {

        HeldResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendRedirect(String location) {
            setStatus(HttpServletResponse.SC_FOUND);
            setHeader("Location", location);
        }
    }

    /** Carries a checked exception of the filter chain through the transaction callback. */
    private static final class WrappedException extends RuntimeException {
        WrappedException(Exception cause) {
            super(cause);
        }
    }

    /** The request with its body read once, for hashing, and served again to the controller. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
