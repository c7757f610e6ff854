package com.yiti.platform.internal;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(auditorAwareRef = "securityAuditor")
class PlatformConfig {

    /** All times are taken from this clock, in UTC, so tests can fix it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** bcrypt today, and hashes stay readable when the default algorithm changes ({id} prefix). */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
