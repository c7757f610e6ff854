package com.yiti.setup.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TaxRates extends JpaRepository<TaxRate, Long> {

    List<TaxRate> findAllByOrderByRateDescCode();

    Optional<TaxRate> findByCode(String code);
}
