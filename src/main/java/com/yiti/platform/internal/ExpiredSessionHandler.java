package com.yiti.platform.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A form posted after the session expired fails its CSRF check (the token lived in the old session). Instead of a
 * bare 403 that loses what was typed: what the form sent is kept in a new session, the person signs in again (the
 * login page says why) and returns to the page the form was on, where the fields are filled in again
 * ({@link FormRestore}). Every other refusal is the usual 403 page.
 */
class ExpiredSessionHandler implements AccessDeniedHandler {

    static final String RESTORE = ExpiredSessionHandler.class.getName() + ".restore";
    static final String AFTER_LOGIN = ExpiredSessionHandler.class.getName() + ".afterLogin";

    /** Never carried over: tokens of the old session and secrets. */
    private static final Set<String> NOT_KEPT =
            Set.of("_csrf", "_formKey", "password", "currentPassword", "newPassword");

    /** What a form sent, and where (the form's action and the page it was on). */
    public record KeptForm(String page, String action, Map<String, List<String>> fields) implements Serializable {}

    private final AccessDeniedHandler usual = new AccessDeniedHandlerImpl();
    private final com.yiti.platform.SecurityLog log;

    ExpiredSessionHandler(com.yiti.platform.SecurityLog log) {
        this.log = log;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        boolean expired = denied instanceof CsrfException
                && request.getRequestedSessionId() != null
                && !request.isRequestedSessionIdValid();
        if (!expired) {
            log.record(
                    denied instanceof CsrfException
                            ? com.yiti.platform.SecurityEventType.CSRF_REFUSED
                            : com.yiti.platform.SecurityEventType.ACCESS_DENIED,
                    SecurityAuditor.currentUsername(),
                    request.getMethod() + " " + request.getRequestURI());
            usual.handle(request, response, denied);
            return;
        }
        String page = sameSitePath(request.getHeader("Referer"), request);
        HttpSession session = request.getSession(true);
        if (page != null && !"true".equals(request.getHeader("HX-Request"))) {
            Map<String, List<String>> fields = new LinkedHashMap<>();
            request.getParameterMap().forEach((name, values) -> {
                if (!NOT_KEPT.contains(name)) {
                    fields.put(name, List.of(values));
                }
            });
            session.setAttribute(RESTORE, new KeptForm(page, request.getRequestURI(), fields));
        }
        if (page != null) {
            session.setAttribute(AFTER_LOGIN, page);
        }
        String login = request.getContextPath() + "/login?expired";
        if ("true".equals(request.getHeader("HX-Request"))) {
            response.setHeader("HX-Redirect", login);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        response.sendRedirect(login);
    }

    /** The referring page's path and query, only when it is a page of this application. */
    private static String sameSitePath(String referer, HttpServletRequest request) {
        if (referer == null) {
            return null;
        }
        try {
            URI uri = URI.create(referer);
            if (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(request.getServerName())) {
                return null;
            }
            String path = uri.getRawPath();
            if (path == null || !path.startsWith(request.getContextPath() + "/") || path.startsWith("//")) {
                return null;
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
