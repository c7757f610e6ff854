package com.yiti.platform.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Set;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A password an administrator set (a new user's, a reset one) is changed at the first sign-in: until then every page
 * leads to the profile's password form. Marked in the session at sign-in, cleared when the password changes. The
 * same gate sends a user whose second-factor grace period is over to the enrolment page.
 */
@Configuration(proxyBeanMethods = false)
class PasswordChangeRequired implements WebMvcConfigurer {

    static final String MUST_CHANGE = PasswordChangeRequired.class.getName() + ".mustChange";

    /** What stays reachable meanwhile: the password form itself, its meter, the language switch, signing out. */
    private static final Set<String> OPEN =
            Set.of("/profile", "/profile/password", "/profile/password-strength", "/language", "/logout", "/error");

    private final Users users;

    PasswordChangeRequired(Users users) {
        this.users = users;
    }

    @EventListener
    public void onLogin(InteractiveAuthenticationSuccessEvent event) {
        boolean mustChange = users.findByUsername(event.getAuthentication().getName())
                .map(User::isPasswordMustChange)
                .orElse(false);
        if (mustChange) {
            RequestContextHolder.currentRequestAttributes()
                    .setAttribute(MUST_CHANGE, Boolean.TRUE, RequestAttributes.SCOPE_SESSION);
        }
    }

    /** The user chose a password: the session is free again. */
    static void changed() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null) {
            attributes.removeAttribute(MUST_CHANGE, RequestAttributes.SCOPE_SESSION);
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws IOException {
                HttpSession session = request.getSession(false);
                if (session == null) {
                    return true;
                }
                String path = request.getRequestURI()
                        .substring(request.getContextPath().length());
                if (OPEN.contains(path)) {
                    return true;
                }
                if (session.getAttribute(MUST_CHANGE) == null) {
                    // the second factor's grace period is over: enrol before anything else
                    if (session.getAttribute(SecondFactorSignIn.MUST_ENROL) == null
                            || path.startsWith("/profile/second-factor")) {
                        return true;
                    }
                    response.sendRedirect(request.getContextPath() + "/profile/second-factor?required");
                    return false;
                }
                if (path.startsWith("/api/")) {
                    response.sendError(HttpServletResponse.SC_FORBIDDEN);
                    return false;
                }
                response.sendRedirect(request.getContextPath() + "/profile?mustChangePassword");
                return false;
            }
        });
    }
}
