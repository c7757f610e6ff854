package com.yiti.automation.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Rules extends JpaRepository<Rule, Long> {

    List<Rule> findByEventAndActiveTrueOrderById(String event);

    List<Rule> findAllByOrderByName();

    boolean existsByEventAndActiveTrue(String event);

    Optional<Rule> findByName(String name);

    /** The rule's row locked: a rule's runs are logged one after another, so counting them for loops is exact. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.Query("select r from Rule r where r.id = :id")
    Optional<Rule> lock(@org.springframework.data.repository.query.Param("id") Long id);
}
