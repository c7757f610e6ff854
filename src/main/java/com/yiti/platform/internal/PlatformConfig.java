package com.yiti.platform.internal;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(auditorAwareRef = "securityAuditor", dateTimeProviderRef = "auditingTime")
class PlatformConfig {

    /**
     * All times are taken from this clock, in UTC, so tests can fix it. It ticks in microseconds, the precision the
     * database keeps ({@code datetime(6)}): an answer given at once shows the same times as one read back later (a
     * replayed request, a reload).
     */
    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), java.time.Duration.ofNanos(1000));
    }

    /** created_at and updated_at from the same clock. */
    @Bean
    org.springframework.data.auditing.DateTimeProvider auditingTime(Clock clock) {
        return () -> java.util.Optional.of(clock.instant());
    }

    /** bcrypt today, and hashes stay readable when the default algorithm changes ({id} prefix). */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
