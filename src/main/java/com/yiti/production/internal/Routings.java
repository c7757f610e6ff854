package com.yiti.production.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Routings extends JpaRepository<Routing, Long> {

    Optional<Routing> findByProductId(Long productId);

    List<Routing> findByProductIdIn(Collection<Long> productIds);

    Page<Routing> findAllBy(Pageable pageable);

    @Query("select count(o) > 0 from RoutingOperation o where o.workCentreId = :id")
    boolean usesWorkCentre(@Param("id") Long workCentreId);
}
