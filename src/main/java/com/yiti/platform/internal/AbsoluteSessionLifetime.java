package com.yiti.platform.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Beside the idle timeout, a session lives at most {@link SignedInSessions#ABSOLUTE_LIFETIME} (12 h) from sign-in:
 * an older one is ended before Spring Security reads it, so the request meets the sign-in page like any expired
 * session.
 */
@Configuration(proxyBeanMethods = false)
class AbsoluteSessionLifetime {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> absoluteSessionLifetimeFilter(Clock clock) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    Instant created = Instant.ofEpochMilli(session.getCreationTime());
                    if (created.plus(SignedInSessions.ABSOLUTE_LIFETIME).isBefore(clock.instant())) {
                        session.invalidate();
                    }
                }
                chain.doFilter(request, response);
            }
        });
        // after Spring Session's repository filter, before Spring Security's chain
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }
}
