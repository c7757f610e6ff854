package com.yiti.integration.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SyncJobs extends JpaRepository<SyncJob, Long> {

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, long id);

    /** Active jobs whose time came, or that ADMIN asked to run now. */
    @Query("select j.id from SyncJob j where (j.active = true and j.nextRunAt <= :now) or j.runRequestedAt is not null"
            + " order by j.id")
    List<Long> due(@Param("now") Instant now);
}
