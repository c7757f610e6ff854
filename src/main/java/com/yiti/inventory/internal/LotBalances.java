package com.yiti.inventory.internal;

import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LotBalances extends JpaRepository<LotBalance, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from LotBalance b where b.lotId = :lot and b.warehouseId = :warehouse")
    Optional<LotBalance> lock(@Param("lot") Long lotId, @Param("warehouse") Long warehouseId);

    /**
     * A product's lots on hand in a warehouse, locked, first expiring first (no expiry last), then oldest lot: the
     * order goods are picked in (FEFO).
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from LotBalance b, Lot l where l.id = b.lotId and b.productId = :product"
            + " and b.warehouseId = :warehouse and b.onHand > 0"
            + " order by case when l.expiryDate is null then 1 else 0 end, l.expiryDate, l.id")
    List<LotBalance> pickOrder(@Param("product") Long productId, @Param("warehouse") Long warehouseId);

    @Query("select coalesce(sum(b.onHand), 0) from LotBalance b where b.productId = :product"
            + " and b.warehouseId = :warehouse")
    BigDecimal lotted(@Param("product") Long productId, @Param("warehouse") Long warehouseId);

    @Query("select coalesce(sum(b.onHand), 0) from LotBalance b where b.productId = :product")
    BigDecimal heldOf(@Param("product") Long productId);

    @Query("select coalesce(sum(b.onHand), 0) from LotBalance b where b.lotId = :lot")
    BigDecimal onHandOf(@Param("lot") Long lotId);

    List<LotBalance> findByLotId(Long lotId);

    /** Per product and warehouse: what is on hand in lots (rows of product, warehouse, quantity). */
    @Query("select b.productId, b.warehouseId, sum(b.onHand) from LotBalance b group by b.productId, b.warehouseId")
    List<Object[]> lottedByBalance();

    /** Serial numbers on hand in more than one unit, anywhere (rows of lot id, quantity). */
    @Query("select b.lotId, sum(b.onHand) from LotBalance b, Lot l where l.id = b.lotId and l.serial = true"
            + " group by b.lotId having sum(b.onHand) > 1 or min(b.onHand) < 0")
    List<Object[]> serialsOutOfPlace();
}
