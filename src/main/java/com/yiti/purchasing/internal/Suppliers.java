package com.yiti.purchasing.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Suppliers extends JpaRepository<Supplier, Long> {

    Optional<Supplier> findByName(String name);

    Page<Supplier> findByNameContainingIgnoreCase(String q, Pageable pageable);

    List<Supplier> findByActiveTrueOrderByName();
}
