package com.yiti.approval.internal;

import com.yiti.approval.ApprovalStatus;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Requests extends JpaRepository<Request, Long> {

    @Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Request r where r.id = :id")
    Optional<Request> lock(@Param("id") Long id);

    List<Request> findByStatusOrderByIdAsc(ApprovalStatus status);

    List<Request> findByDocumentTypeAndDocumentIdOrderByIdDesc(String documentType, Long documentId);
}
