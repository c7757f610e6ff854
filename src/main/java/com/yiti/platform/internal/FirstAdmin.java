package com.yiti.platform.internal;

import com.yiti.platform.Role;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Production starts with no users and no default password: on an empty database the first administrator is created
 * from {@code YITI_ADMIN_USERNAME} / {@code YITI_ADMIN_PASSWORD} (the password must meet the password policy).
 */
@Component
@Order(-1)
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final Users users;
    private final PasswordEncoder encoder;
    private final String username;
    private final String password;

    FirstAdmin(
            Users users,
            PasswordEncoder encoder,
            @Value("${YITI_ADMIN_USERNAME:}") String username,
            @Value("${YITI_ADMIN_PASSWORD:}") String password) {
        this.users = users;
        this.encoder = encoder;
        this.username = username;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (username.isBlank() || password.isBlank() || users.count() > 0) {
            return;
        }
        PasswordPolicy.check("YITI_ADMIN_PASSWORD", username, password);
        User admin =
                new User(username.trim().toLowerCase(java.util.Locale.ROOT), "Administrator", encoder.encode(password));
        admin.setRoles(EnumSet.of(Role.ADMIN));
        users.save(admin);
        log.info("Created the first administrator '{}'", admin.getUsername());
    }
}
