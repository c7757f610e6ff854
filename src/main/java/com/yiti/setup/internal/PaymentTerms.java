package com.yiti.setup.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PaymentTerms extends JpaRepository<PaymentTerm, Long> {

    List<PaymentTerm> findAllByOrderByCode();

    Optional<PaymentTerm> findByCode(String code);
}
