package com.yiti.platform.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApiKeys extends JpaRepository<ApiKey, Long> {

    Optional<ApiKey> findByKeyHash(String keyHash);

    /**
     * Marks a key used, at most once per interval, as one conditional statement without the version: parallel
     * requests of one key may all try it, and none may fail because of it.
     */
    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query("update ApiKey k set k.lastUsedAt = :now where k.id = :id"
            + " and (k.lastUsedAt is null or k.lastUsedAt < :before)")
    int touch(
            @org.springframework.data.repository.query.Param("id") Long id,
            @org.springframework.data.repository.query.Param("now") java.time.Instant now,
            @org.springframework.data.repository.query.Param("before") java.time.Instant before);

    List<ApiKey> findByUserIdOrderByIdDesc(Long userId);

    Optional<ApiKey> findByIdAndUserId(Long id, Long userId);

    org.springframework.data.domain.Page<ApiKey> findByClientTrueOrderByIdDesc(
            org.springframework.data.domain.Pageable pageable);
}
