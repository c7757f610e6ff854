package com.yiti.inventory.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Lots extends JpaRepository<Lot, Long> {

    Optional<Lot> findByProductIdAndNumber(Long productId, String number);

    List<Lot> findByNumber(String number);

    List<Lot> findByNumberIn(java.util.Collection<String> numbers);

    /** Lots and serials whose number starts with what was typed, newest first. */
    @Query("select l from Lot l where l.number like concat(:prefix, '%')")
    Page<Lot> numbered(@Param("prefix") String prefix, Pageable pageable);

    Page<Lot> findByProductId(Long productId, Pageable pageable);
}
