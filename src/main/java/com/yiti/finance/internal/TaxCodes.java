package com.yiti.finance.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TaxCodes extends JpaRepository<TaxCode, Long> {}
