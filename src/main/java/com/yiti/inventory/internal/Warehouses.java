package com.yiti.inventory.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Warehouses extends JpaRepository<Warehouse, Long> {

    List<Warehouse> findAllByOrderByCode();

    long countByQuarantineFalse();

    Optional<Warehouse> findFirstByQuarantineTrueOrderByCode();
}
