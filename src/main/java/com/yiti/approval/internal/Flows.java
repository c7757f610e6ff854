package com.yiti.approval.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Flows extends JpaRepository<Flow, Long> {

    Optional<Flow> findByDocumentType(String documentType);
}
