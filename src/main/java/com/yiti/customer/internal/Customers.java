package com.yiti.customer.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface Customers extends JpaRepository<Customer, Long>, JpaSpecificationExecutor<Customer> {

    List<Customer> findByNormalizedName(String normalizedName);

    Optional<Customer> findByCreditCode(String creditCode);

    Optional<Customer> findByCode(String code);

    List<Customer> findByCodeIn(java.util.Collection<String> codes);

    List<Customer> findByCreditCodeIn(java.util.Collection<String> creditCodes);

    List<Customer> findByNormalizedNameIn(java.util.Collection<String> normalizedNames);

    List<Customer> findByIdIn(Collection<Long> ids);

    /** The customer row locked: one credit decision per customer at a time. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.Query("select c from Customer c where c.id = :id")
    Optional<Customer> lock(@org.springframework.data.repository.query.Param("id") Long id);
}
