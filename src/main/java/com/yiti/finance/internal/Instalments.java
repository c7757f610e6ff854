package com.yiti.finance.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Instalments extends JpaRepository<Instalment, Long> {}
