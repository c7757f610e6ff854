package com.yiti.platform.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApiKeys extends JpaRepository<ApiKey, Long> {

    Optional<ApiKey> findByKeyHash(String keyHash);

    List<ApiKey> findByUserIdOrderByIdDesc(Long userId);

    Optional<ApiKey> findByIdAndUserId(Long id, Long userId);
}
