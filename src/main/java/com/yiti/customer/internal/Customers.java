package com.yiti.customer.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface Customers extends JpaRepository<Customer, Long>, JpaSpecificationExecutor<Customer> {

    List<Customer> findByNormalizedName(String normalizedName);

    Optional<Customer> findByCreditCode(String creditCode);

    List<Customer> findByIdIn(Collection<Long> ids);
}
