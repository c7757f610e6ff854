package com.yiti.production.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Forecasts extends JpaRepository<Forecast, Long> {

    List<Forecast> findByPeriodMonthBetween(LocalDate from, LocalDate to);

    List<Forecast> findByProductIdOrderByPeriodMonth(Long productId);

    /** Products with a forecast from a month on, a page of them, by product. */
    @Query(
            value = "select distinct f.productId from Forecast f where f.periodMonth >= :from"
                    + " and (:products is null or f.productId in :products) order by f.productId",
            countQuery = "select count(distinct f.productId) from Forecast f where f.periodMonth >= :from"
                    + " and (:products is null or f.productId in :products)")
    Page<Long> productsFrom(
            @Param("from") LocalDate from, @Param("products") Collection<Long> productIds, Pageable pageable);

    List<Forecast> findByProductIdInAndPeriodMonthGreaterThanEqualOrderByPeriodMonth(
            Collection<Long> productIds, LocalDate from);
}
