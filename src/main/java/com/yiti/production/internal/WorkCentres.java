package com.yiti.production.internal;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface WorkCentres extends JpaRepository<WorkCentre, Long> {

    Optional<WorkCentre> findByCode(String code);

    @Query("select w from WorkCentre w where (:q is null or lower(w.code) like :q or lower(w.name) like :q)")
    Page<WorkCentre> search(@Param("q") String q, Pageable pageable);
}
