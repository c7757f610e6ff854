package com.yiti.production.internal;

import com.yiti.production.BomStatus;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Boms extends JpaRepository<Bom, Long> {

    List<Bom> findByProductIdOrderByVersionNoDesc(Long productId);

    Optional<Bom> findByProductIdAndStatus(Long productId, BomStatus status);

    /** Every version of a product, locked: one activation at a time per product. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from Bom b where b.productId = :product")
    List<Bom> lockVersions(@Param("product") Long productId);

    @Query("select b from Bom b left join fetch b.lines where b.status = :status and b.productId in :products")
    List<Bom> withLines(@Param("status") BomStatus status, @Param("products") Collection<Long> productIds);

    @Query("select coalesce(max(b.versionNo), 0) from Bom b where b.productId = :product")
    int lastVersion(@Param("product") Long productId);

    Page<Bom> findByStatus(BomStatus status, Pageable pageable);

    Page<Bom> findByProductIdIn(Collection<Long> productIds, Pageable pageable);

    Page<Bom> findByStatusAndProductIdIn(BomStatus status, Collection<Long> productIds, Pageable pageable);

    /** The lines that use a component, with their version: where-used. */
    @Query("select l, b from BomLine l join Bom b on b.id = l.bomId where l.componentId = :component"
            + " and b.status <> com.yiti.production.BomStatus.ARCHIVED order by b.productId, b.versionNo desc")
    List<Object[]> whereUsed(@Param("component") Long componentId);
}
