package com.yiti.integration.internal;

import com.yiti.integration.SyncFailureStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SyncFailures extends JpaRepository<SyncFailure, Long> {

    Page<SyncFailure> findByJobIdAndStatusOrderByIdDesc(long jobId, SyncFailureStatus status, Pageable pageable);

    Page<SyncFailure> findByJobIdOrderByIdDesc(long jobId, Pageable pageable);

    long countByJobIdAndStatus(long jobId, SyncFailureStatus status);
}
