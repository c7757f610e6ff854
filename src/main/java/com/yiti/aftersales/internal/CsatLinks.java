package com.yiti.aftersales.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CsatLinks extends JpaRepository<CsatLink, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from CsatLink l where l.tokenHash = :hash")
    Optional<CsatLink> lockByHash(@Param("hash") String hash);

    Optional<CsatLink> findByTokenHash(String tokenHash);
}
