package com.yiti.automation.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Rules extends JpaRepository<Rule, Long> {

    List<Rule> findByEventAndActiveTrueOrderById(String event);

    List<Rule> findAllByOrderByName();

    boolean existsByEventAndActiveTrue(String event);

    Optional<Rule> findByName(String name);
}
