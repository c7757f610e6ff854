package com.yiti.imports.internal;

import com.yiti.imports.ImportStatus;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ImportJobs extends JpaRepository<ImportJob, Long> {

    Page<ImportJob> findAllByOrderByIdDesc(Pageable pageable);

    List<ImportJob> findByStatusIn(Collection<ImportStatus> statuses);
}
