package com.yiti.integration.internal;

import com.yiti.integration.SyncRunStatus;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SyncRuns extends JpaRepository<SyncRun, Long> {

    Page<SyncRun> findByJobIdOrderByIdDesc(long jobId, Pageable pageable);

    List<SyncRun> findByJobIdAndStatus(long jobId, SyncRunStatus status);

    Optional<SyncRun> findFirstByJobIdOrderByIdDesc(long jobId);

    /** The interrupted run a new run of the same source continues (the newest not yet continued). */
    Optional<SyncRun> findFirstByJobIdAndStatusAndSourceDigestOrderByIdDesc(
            long jobId, SyncRunStatus status, String sourceDigest);

    boolean existsByResumedFrom(long runId);
}
