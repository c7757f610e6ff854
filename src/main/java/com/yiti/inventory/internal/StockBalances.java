package com.yiti.inventory.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface StockBalances extends JpaRepository<StockBalance, Long>, JpaSpecificationExecutor<StockBalance> {

    /** SELECT … FOR UPDATE: whoever holds it is the only one changing this product's stock in this warehouse. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from StockBalance b where b.productId = :productId and b.warehouseId = :warehouseId")
    Optional<StockBalance> lock(@Param("productId") Long productId, @Param("warehouseId") Long warehouseId);

    Optional<StockBalance> findByProductIdAndWarehouseId(Long productId, Long warehouseId);

    /** Balances of these products with something available (on hand above reserved). */
    @Query("select b from StockBalance b where b.productId in :ids and b.onHand > b.reserved")
    java.util.List<StockBalance> withAvailable(@Param("ids") java.util.Collection<Long> productIds);

    @Query("select b from StockBalance b where b.warehouseId = :warehouseId and b.productId in :ids")
    java.util.List<StockBalance> inWarehouse(
            @Param("warehouseId") Long warehouseId, @Param("ids") java.util.Collection<Long> productIds);
}
