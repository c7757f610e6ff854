package com.yiti.platform.internal;

import com.yiti.platform.SecurityEventType;
import com.yiti.platform.SecurityLog;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts sign-in results: the per-address back-off ({@link LoginThrottle}) and, as the backstop shared by every
 * node, a short account lock in the database after 20 wrong passwords in a row from anywhere. That lock lasts one
 * minute, never longer: nobody can keep an account (the administrator's) locked for 15 minutes (decision 019).
 * Every result goes to the security log.
 */
@Component
class LoginAttempts {

    static final int MAX_FAILURES = 20;
    static final Duration LOCK_DURATION = Duration.ofMinutes(1);

    private final Users users;
    private final Clock clock;
    private final LoginThrottle throttle;
    private final SecurityLog log;

    LoginAttempts(Users users, Clock clock, LoginThrottle throttle, SecurityLog log) {
        this.users = users;
        this.clock = clock;
        this.throttle = throttle;
        this.log = log;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken token) {
            String address = address(token);
            throttle.failed(address, token.getName());
            users.recordFailedLogin(
                    token.getName(), MAX_FAILURES, clock.instant().plus(LOCK_DURATION));
            boolean locked = users.findByUsername(token.getName())
                    .map(u -> u.isLocked(clock.instant()))
                    .orElse(false);
            log.record(SecurityEventType.SIGN_IN_FAILED, token.getName(), address, "wrong username or password");
            if (locked) {
                log.record(
                        SecurityEventType.ACCOUNT_LOCKED,
                        token.getName(),
                        address,
                        MAX_FAILURES + " failures in a row: locked for " + LOCK_DURATION.toSeconds() + " s");
            }
        }
    }

    @EventListener
    public void onLocked(AuthenticationFailureLockedEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken token) {
            log.record(SecurityEventType.SIGN_IN_FAILED, token.getName(), address(token), "account locked");
        }
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken token) {
            users.resetFailedLogins(token.getName());
            String address = address(token);
            throttle.succeeded(address, token.getName());
            log.record(SecurityEventType.SIGN_IN, token.getName(), address, "password");
        }
    }

    private static String address(UsernamePasswordAuthenticationToken token) {
        return token.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
