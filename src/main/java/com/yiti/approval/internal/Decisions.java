package com.yiti.approval.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Decisions extends JpaRepository<Decision, Long> {

    List<Decision> findByRequestIdOrderByIdAsc(Long requestId);
}
