package com.yiti.platform.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PasswordResetLinks extends JpaRepository<PasswordResetLink, Long> {

    @Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from PasswordResetLink l where l.tokenHash = :hash")
    Optional<PasswordResetLink> lockByTokenHash(String hash);

    Optional<PasswordResetLink> findByTokenHash(String hash);

    @Query("select l from PasswordResetLink l where l.userId = :userId and l.usedAt is null and l.expiresAt > :now")
    List<PasswordResetLink> openFor(long userId, Instant now);
}
