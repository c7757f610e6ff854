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

    @Query("select coalesce(sum(b.onHand * p.standardCost), 0) from StockBalance b, Product p where p.id = b.productId")
    java.math.BigDecimal stockValue();

    /** Balances in real warehouses of active products of these types whose available stock is below reorder point. */
    @Query("select count(b) from StockBalance b, Product p, Warehouse w where p.id = b.productId"
            + " and w.id = b.warehouseId and w.quarantine = false and p.active = true and p.type in :types"
            + " and b.onHand - b.reserved < p.reorderPoint")
    long countBelowReorderPoint(@Param("types") java.util.Collection<com.yiti.inventory.ProductType> types);

    /** Products among these with no balance in a real warehouse that has anything available. */
    @Query("select count(p) from Product p where p.id in :ids and not exists (select b from StockBalance b, Warehouse w"
            + " where b.productId = p.id and w.id = b.warehouseId and w.quarantine = false and b.onHand > b.reserved)")
    long countWithoutAvailable(@Param("ids") java.util.Collection<Long> ids);
}
