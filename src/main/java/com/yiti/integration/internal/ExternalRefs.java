package com.yiti.integration.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ExternalRefs extends JpaRepository<ExternalRef, Long> {

    /** The mapping, locked: two pushes of one external id change its record one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from ExternalRef r where r.system = ?1 and r.kind = ?2 and r.externalId = ?3")
    Optional<ExternalRef> lock(String system, String kind, String externalId);

    @Query("select r from ExternalRef r where r.system = ?1 and r.kind = ?2 and r.externalId = ?3")
    Optional<ExternalRef> find(String system, String kind, String externalId);
}
