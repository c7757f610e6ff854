package com.yiti.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.yiti.platform.Role;
import com.yiti.platform.internal.UserAdministration;
import com.yiti.platform.internal.UserAdministration.UserDetails;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Signs requests in as real users of the database (demo users or fresh ones), so the application sees the same
 * roles, team and id it would see after a real sign-in.
 */
@Component
public class TestUsers {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.jdbc.core.JdbcTemplate jdbc;

    private final UserDetailsService userDetails;
    private final UserAdministration admin;
    private final com.yiti.platform.UserDirectory directory;

    TestUsers(UserDetailsService userDetails, UserAdministration admin, com.yiti.platform.UserDirectory directory) {
        this.userDetails = userDetails;
        this.admin = admin;
        this.directory = directory;
    }

    /** The user as facades see them when signed in. */
    public com.yiti.platform.CurrentUser current(String username) {
        return runAs(username, directory::require);
    }

    /** Signed in with password and second factor (the usual state of a session in these tests). */
    public RequestPostProcessor as(String username) {
        var details = userDetails.loadUserByUsername(username);
        var authorities =
                new java.util.ArrayList<org.springframework.security.core.GrantedAuthority>(details.getAuthorities());
        authorities.add(new org.springframework.security.core.authority.SimpleGrantedAuthority(
                com.yiti.platform.internal.SecondFactorSignIn.PASSED));
        return user(details.getUsername()).password("n/a").authorities(authorities);
    }

    /** Signed in with the password alone. */
    public RequestPostProcessor withPasswordOnly(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    /** A fresh user with a random initial password; tests that change or lock accounts use these, not demo users. */
    public Created create(Set<Role> roles) {
        String username = String.format("t%08d-%d", System.currentTimeMillis() % 100_000_000, SEQ.incrementAndGet());
        var created = runAs(
                "admin",
                () -> admin.create(
                        username, new UserDetails("Test " + username, null, roles, null, null, "Asia/Shanghai", true)));
        // as if the user had already replaced the administrator's password (tests of that rule use the admin facade)
        jdbc.update("update plt_user set password_must_change = false where id = ?", created.id());
        return new Created(created.id(), username, created.initialPassword());
    }

    /** Runs a facade call as a database user (MockMvc requests clear the thread's security context after them). */
    public <T> T runAs(String username, java.util.function.Supplier<T> action) {
        var authorities = new java.util.ArrayList<org.springframework.security.core.GrantedAuthority>(
                userDetails.loadUserByUsername(username).getAuthorities());
        authorities.add(new org.springframework.security.core.authority.SimpleGrantedAuthority(
                com.yiti.platform.internal.SecondFactorSignIn.PASSED));
        var auth = new UsernamePasswordAuthenticationToken(username, null, authorities);
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(auth);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    public record Created(long id, String username, String password) {}
}
