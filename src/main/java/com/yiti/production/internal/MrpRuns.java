package com.yiti.production.internal;

import com.yiti.production.MrpRunStatus;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MrpRuns extends JpaRepository<MrpRun, Long> {

    Page<MrpRun> findAllByOrderByIdDesc(Pageable pageable);

    Optional<MrpRun> findFirstByStatusOrderByIdDesc(MrpRunStatus status);

    List<MrpRun> findByStatus(MrpRunStatus status);
}
