package com.yiti.platform.internal;

import com.yiti.platform.SecurityEventType;
import com.yiti.platform.SecurityLog;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/** Answers a throttled sign-in attempt before the password is checked (see {@link LoginThrottle}). */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final SecurityLog log;

    LoginThrottleFilter(LoginThrottle throttle, SecurityLog log) {
        this.throttle = throttle;
        this.log = log;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && (request.getContextPath() + "/login").equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = request.getParameter("username");
        Optional<Duration> wait = throttle.waitFor(request.getRemoteAddr(), username);
        if (wait.isPresent()) {
            log.record(
                    SecurityEventType.SIGN_IN_THROTTLED,
                    username,
                    request.getRemoteAddr(),
                    "refused for " + wait.get().toSeconds() + " s more");
            response.sendRedirect(request.getContextPath() + "/login?throttled");
            return;
        }
        chain.doFilter(request, response);
    }
}
