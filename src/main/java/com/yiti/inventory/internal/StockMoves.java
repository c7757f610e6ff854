package com.yiti.inventory.internal;

import java.math.BigDecimal;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface StockMoves extends JpaRepository<StockMove, Long>, JpaSpecificationExecutor<StockMove> {

    @Query("select coalesce(sum(m.quantity), 0) from StockMove m where m.productId = :p and m.warehouseId = :w")
    BigDecimal sumQuantity(@Param("p") Long productId, @Param("w") Long warehouseId);

    @Query("select coalesce(sum(m.value), 0) from StockMove m where m.reference = :reference and m.reason = :reason")
    BigDecimal sumValue(@Param("reason") com.yiti.inventory.MoveReason reason, @Param("reference") String reference);

    /** Per product: the quantity on hand everywhere (rows of product id, quantity). */
    @Query("select b.productId, sum(b.onHand) from StockBalance b group by b.productId")
    java.util.List<Object[]> onHandByProduct();
}
