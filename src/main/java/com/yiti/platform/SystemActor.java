package com.yiti.platform;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up work (demo data, imports) as a named user, so it passes through the same facades, scope checks and
 * audit trail as a person would. Never used on a request thread.
 */
public final class SystemActor {

    private SystemActor() {}

    public static <T> T runAs(String username, Role role, Supplier<T> work) {
        return runAs(username, java.util.Set.of(role), work);
    }

    /** As the user with all these roles (a scheduled job run with the rights of the user it runs as). */
    public static <T> T runAs(String username, java.util.Set<Role> roles, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(
                username,
                null,
                roles.stream()
                        .sorted()
                        .map(r -> new SimpleGrantedAuthority(r.authority()))
                        .toList()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
