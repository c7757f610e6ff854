package com.yiti.inventory.internal;

import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ProductValuations extends JpaRepository<ProductValuation, Long> {

    /** SELECT … FOR UPDATE: whoever holds it is the only one changing this product's cost. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select v from ProductValuation v where v.productId = :productId")
    Optional<ProductValuation> lock(@Param("productId") Long productId);

    @Query("select coalesce(sum(v.stockValue), 0) from ProductValuation v")
    BigDecimal totalValue();
}
