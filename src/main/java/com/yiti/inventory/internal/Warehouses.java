package com.yiti.inventory.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Warehouses extends JpaRepository<Warehouse, Long> {

    List<Warehouse> findAllByOrderByCode();
}
