package com.yiti.inventory.internal;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LotMoves extends JpaRepository<LotMove, Long> {

    List<LotMove> findByLotIdOrderById(Long lotId);

    /** The lots of a document's moves, e.g. what a shipment or a transfer carried (rows of lot id, quantity). */
    @Query("select m.lotId, sum(m.quantity) from LotMove m where m.reference = :reference"
            + " and m.reason = :reason group by m.lotId order by m.lotId")
    List<Object[]> byReference(
            @Param("reference") String reference, @Param("reason") com.yiti.inventory.MoveReason reason);

    /** Per document and lot: the quantity its moves of this reason carried (rows of reference, lot id, quantity). */
    @Query("select m.reference, m.lotId, sum(m.quantity) from LotMove m where m.reference in :references"
            + " and m.reason = :reason group by m.reference, m.lotId order by m.reference, m.lotId")
    List<Object[]> byReferences(
            @Param("references") java.util.Collection<String> references,
            @Param("reason") com.yiti.inventory.MoveReason reason);

    @Query("select coalesce(sum(m.quantity), 0) from LotMove m where m.lotId = :lot and m.warehouseId = :warehouse")
    BigDecimal sumQuantity(@Param("lot") Long lotId, @Param("warehouse") Long warehouseId);
}
