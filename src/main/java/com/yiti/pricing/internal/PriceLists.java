package com.yiti.pricing.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PriceLists extends JpaRepository<PriceList, Long> {

    Optional<PriceList> findByCode(String code);

    Page<PriceList> findAllByOrderByActiveDescCodeAsc(Pageable pageable);

    /** Items of the lists that apply to a line: active, in its currency, valid that day, for it, from its quantity. */
    @Query("select i from PriceItem i join fetch i.priceList l where l.active = true and l.currency = :currency"
            + " and l.validFrom <= :day and (l.validTo is null or l.validTo >= :day)"
            + " and (l.customerId = :customerId or (l.customerId is null and (l.tier is null or l.tier = :tier)))"
            + " and i.productId = :productId and i.minQuantity <= :quantity")
    List<PriceItem> applicable(
            @Param("currency") String currency,
            @Param("day") LocalDate day,
            @Param("customerId") Long customerId,
            @Param("tier") com.yiti.customer.CustomerTier tier,
            @Param("productId") Long productId,
            @Param("quantity") java.math.BigDecimal quantity);

    /** How many items each of these lists has: list id, count. */
    @Query("select i.priceList.id, count(i) from PriceItem i where i.priceList.id in :ids group by i.priceList.id")
    List<Object[]> countItems(@Param("ids") java.util.Collection<Long> ids);
}
