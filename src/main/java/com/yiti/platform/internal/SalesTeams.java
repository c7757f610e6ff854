package com.yiti.platform.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SalesTeams extends JpaRepository<SalesTeam, Long> {

    List<SalesTeam> findAllByOrderByName();

    List<SalesTeam> findByManagerId(Long managerId);

    Optional<SalesTeam> findByName(String name);

    boolean existsByName(String name);
}
