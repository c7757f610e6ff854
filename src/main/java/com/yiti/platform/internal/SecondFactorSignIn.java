package com.yiti.platform.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The sign-in step between the password and the application for a user with a second factor: the password's
 * authentication is held in the session and the session carries only {@link #PENDING} (no role: every page but the
 * code form, the language switch and signing out leads back to the code form). The right code restores the
 * authentication with {@link #PASSED} added, under a new session id.
 */
public final class SecondFactorSignIn {

    /** The authority of a session that passed the password and waits for the code. */
    public static final String PENDING = "SECOND_FACTOR_PENDING";

    /** The authority of a session that passed the second factor (API keys are issued only to such a session). */
    public static final String PASSED = "SECOND_FACTOR_PASSED";

    static final String HELD = SecondFactorSignIn.class.getName() + ".held";
    static final String FORM = "/login/second-factor";

    private static final Set<String> OPEN = Set.of(
            FORM,
            "/logout",
            "/language",
            "/error",
            "/favicon.ico",
            "/webauthn/authenticate/options",
            "/login/webauthn");

    /** The authority Spring Security gives a sign-in with a passkey (possession and user verification in one). */
    public static final String PASSKEY = "FACTOR_WEBAUTHN";

    private static final HttpSessionSecurityContextRepository REPOSITORY = new HttpSessionSecurityContextRepository();

    private SecondFactorSignIn() {}

    /** After the right password: hold the authentication and ask for the code. */
    static void hold(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        request.getSession().setAttribute(HELD, authentication);
        Authentication pending = UsernamePasswordAuthenticationToken.authenticated(
                authentication.getName(), null, List.of(new SimpleGrantedAuthority(PENDING)));
        save(request, response, pending);
    }

    /** The username waiting for its code in this session, if any. */
    public static String waiting(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(HELD) instanceof Authentication held ? held.getName() : null;
    }

    /**
     * The right code: the held authentication, marked as having passed, under a new session id. Returns where to go:
     * the form that met an expired session, the page that asked for the sign-in, or home.
     */
    public static String complete(HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        Authentication held = (Authentication) session.getAttribute(HELD);
        session.removeAttribute(HELD);
        request.changeSessionId();
        save(request, response, withPassed(held));
        Object page = session.getAttribute(ExpiredSessionHandler.AFTER_LOGIN);
        if (page instanceof String path) {
            session.removeAttribute(ExpiredSessionHandler.AFTER_LOGIN);
            return path;
        }
        var saved = new org.springframework.security.web.savedrequest.HttpSessionRequestCache()
                .getRequest(request, response);
        return saved == null ? request.getContextPath() + "/" : saved.getRedirectUrl();
    }

    /** Session attributes the layout and the enrolment gate read (plain names: the templates read them). */
    public static final String MUST_ENROL = "yitiMustEnrol";

    public static final String ENROL_BY = "yitiEnrolBy";

    /** The user confirmed an authenticator in this session: it counts as passed. */
    public static void markPassed(HttpServletRequest request, HttpServletResponse response, Authentication current) {
        if (current != null && !passed()) {
            save(request, response, withPassed(current));
        }
    }

    static Authentication withPassed(Authentication authentication) {
        List<GrantedAuthority> authorities = new ArrayList<>(authentication.getAuthorities());
        authorities.add(new SimpleGrantedAuthority(PASSED));
        var passed =
                UsernamePasswordAuthenticationToken.authenticated(authentication.getPrincipal(), null, authorities);
        passed.setDetails(authentication.getDetails());
        return passed;
    }

    /** Whether the signed-in user passed the second factor in this session. */
    public static boolean passed() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null
                && auth.getAuthorities().stream()
                        .anyMatch(a -> PASSED.equals(a.getAuthority()) || PASSKEY.equals(a.getAuthority()));
    }

    private static void save(HttpServletRequest request, HttpServletResponse response, Authentication auth) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        REPOSITORY.saveContext(context, request, response);
    }

    /** Keeps a session that waits for its code away from everything else. */
    static final class Gate extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            boolean pending =
                    auth != null && auth.getAuthorities().stream().anyMatch(a -> PENDING.equals(a.getAuthority()));
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            if (!pending
                    || OPEN.contains(path)
                    || path.startsWith("/css/")
                    || path.startsWith("/js/")
                    || path.startsWith("/images/")
                    || path.startsWith("/webjars/")) {
                chain.doFilter(request, response);
                return;
            }
            if (path.startsWith("/api/")) {
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                return;
            }
            response.sendRedirect(request.getContextPath() + FORM);
        }
    }
}
