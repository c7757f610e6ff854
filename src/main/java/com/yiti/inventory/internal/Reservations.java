package com.yiti.inventory.internal;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Reservations extends JpaRepository<Reservation, Long> {

    List<Reservation> findByReference(String reference);

    @Query("select coalesce(sum(r.quantity), 0) from Reservation r where r.productId = :p and r.warehouseId = :w")
    BigDecimal sumQuantity(@Param("p") Long productId, @Param("w") Long warehouseId);

    @Query("select coalesce(sum(r.quantity), 0) from Reservation r"
            + " where r.productId = :p and r.warehouseId = :w and r.reference = :ref")
    BigDecimal sumQuantity(@Param("p") Long productId, @Param("w") Long warehouseId, @Param("ref") String reference);

    @Query("select coalesce(sum(r.quantity), 0) from Reservation r where r.reference = :ref")
    BigDecimal sumForReference(@Param("ref") String reference);
}
