package com.yiti.production.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OutputCostings extends JpaRepository<OutputCosting, Long> {}
