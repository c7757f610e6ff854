package com.yiti.inventory.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ProductBins extends JpaRepository<ProductBin, Long> {

    Optional<ProductBin> findByProductIdAndWarehouseId(Long productId, Long warehouseId);

    long countByBinId(Long binId);

    List<ProductBin> findByBinId(Long binId);

    /** Home bins of these products in one warehouse: rows of product id, bin code. */
    @Query("select pb.productId, b.code from ProductBin pb, Bin b where b.id = pb.binId"
            + " and pb.warehouseId = :warehouse and pb.productId in :products")
    List<Object[]> codesOf(@Param("warehouse") Long warehouseId, @Param("products") Collection<Long> productIds);

    /** Per bin of a warehouse: how many products live there (rows of bin id, count). */
    @Query("select pb.binId, count(pb) from ProductBin pb where pb.warehouseId = :warehouse group by pb.binId")
    List<Object[]> countsIn(@Param("warehouse") Long warehouseId);

    /** Products of a warehouse with their bins, by bin code then product (rows of product id, bin code). */
    @Query("select pb.productId, b.code from ProductBin pb, Bin b where b.id = pb.binId"
            + " and pb.warehouseId = :warehouse order by b.code, pb.productId")
    List<Object[]> allIn(@Param("warehouse") Long warehouseId);
}
