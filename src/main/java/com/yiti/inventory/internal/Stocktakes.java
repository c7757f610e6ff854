package com.yiti.inventory.internal;

import com.yiti.inventory.StocktakeStatus;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Stocktakes extends JpaRepository<Stocktake, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Stocktake s where s.id = :id")
    Optional<Stocktake> lock(@Param("id") Long id);

    Page<Stocktake> findByStatus(StocktakeStatus status, Pageable pageable);

    /** Stocked products to count: active, not services, in a category when one is given. */
    @Query("select p.id from Product p where p.active = true and p.type <> com.yiti.inventory.ProductType.SERVICE"
            + " and (:categoryId is null or p.categoryId = :categoryId) order by p.sku")
    List<Long> productsToCount(@Param("categoryId") Long categoryId);

    List<Stocktake> findByWarehouseIdAndStatus(Long warehouseId, com.yiti.inventory.StocktakeStatus status);

    /** A count already open for the warehouse (one at a time per warehouse and category). */
    @Query("select count(s) > 0 from Stocktake s where s.warehouseId = :warehouseId and s.status ="
            + " com.yiti.inventory.StocktakeStatus.COUNTING and (s.categoryId is null or :categoryId is null"
            + " or s.categoryId = :categoryId)")
    boolean countingIn(@Param("warehouseId") Long warehouseId, @Param("categoryId") Long categoryId);
}
