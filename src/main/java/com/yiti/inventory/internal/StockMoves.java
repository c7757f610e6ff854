package com.yiti.inventory.internal;

import java.math.BigDecimal;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface StockMoves extends JpaRepository<StockMove, Long>, JpaSpecificationExecutor<StockMove> {

    @Query("select coalesce(sum(m.quantity), 0) from StockMove m where m.productId = :p and m.warehouseId = :w")
    BigDecimal sumQuantity(@Param("p") Long productId, @Param("w") Long warehouseId);
}
