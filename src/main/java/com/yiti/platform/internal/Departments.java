package com.yiti.platform.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Departments extends JpaRepository<Department, Long> {

    List<Department> findAllByOrderByName();

    Optional<Department> findByName(String name);

    boolean existsByName(String name);

    boolean existsByParentId(Long parentId);
}
