package com.yiti.inventory.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Bins extends JpaRepository<Bin, Long> {

    List<Bin> findByWarehouseIdOrderByCode(Long warehouseId);

    Optional<Bin> findByWarehouseIdAndCode(Long warehouseId, String code);
}
