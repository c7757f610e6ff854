package com.yiti.platform.internal;

import java.time.Clock;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private final Users users;
    private final Clock clock;

    DatabaseUserDetailsService(Users users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        User user = users.findByUsername(username == null ? "" : username.trim())
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return org.springframework.security.core.userdetails.User.withUsername(user.getUsername())
                .password(user.getPasswordHash())
                .disabled(!user.isEnabled())
                .accountLocked(user.isLocked(clock.instant()))
                // a disabled or locked account holds no role, whichever way it signs in (a passkey sign-in does not
                // look at the enabled flag)
                .authorities(
                        !user.isEnabled() || user.isLocked(clock.instant())
                                ? java.util.List.of()
                                : user.getRoles().stream()
                                        .map(r -> new SimpleGrantedAuthority(r.authority()))
                                        .toList())
                .build();
    }
}
