package com.yiti.inventory.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitConversions extends JpaRepository<UnitConversion, Long> {

    List<UnitConversion> findAllByOrderByFromUnitAscToUnitAsc();

    Optional<UnitConversion> findByFromUnitAndToUnit(String fromUnit, String toUnit);
}
