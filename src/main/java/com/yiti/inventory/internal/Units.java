package com.yiti.inventory.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Units extends JpaRepository<Unit, Long> {

    List<Unit> findAllByOrderByCode();

    Optional<Unit> findByCode(String code);

    boolean existsByCodeAndActiveTrue(String code);

    long countByActiveTrue();
}
