package com.yiti.notification.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Deliveries extends JpaRepository<Delivery, Long> {

    @Query(
            "select d.id from Delivery d where d.status = 'PENDING' and d.nextAttemptAt <= :now order by d.nextAttemptAt")
    List<Long> due(@Param("now") Instant now, Pageable page);

    @Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from Delivery d where d.id = :id")
    Optional<Delivery> lock(@Param("id") Long id);

    Page<Delivery> findAllByOrderByIdDesc(Pageable page);

    List<Delivery> findByNotificationId(Long notificationId);
}
