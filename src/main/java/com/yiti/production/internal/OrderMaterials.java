package com.yiti.production.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrderMaterials extends JpaRepository<OrderMaterial, Long> {

    List<OrderMaterial> findByProductionOrderIdOrderByComponentId(Long productionOrderId);

    Optional<OrderMaterial> findByProductionOrderIdAndComponentId(Long productionOrderId, Long componentId);
}
