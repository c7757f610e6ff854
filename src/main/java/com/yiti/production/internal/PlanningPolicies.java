package com.yiti.production.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanningPolicies extends JpaRepository<PlanningPolicy, Long> {}
