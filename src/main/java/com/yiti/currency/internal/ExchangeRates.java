package com.yiti.currency.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ExchangeRates extends JpaRepository<ExchangeRate, Long> {

    Optional<ExchangeRate> findByCurrencyAndRateDate(String currency, LocalDate rateDate);

    /** The newest rate of a currency on or before a day (index on currency, rate_date). */
    Optional<ExchangeRate> findFirstByCurrencyAndRateDateLessThanEqualOrderByRateDateDesc(
            String currency, LocalDate day);

    Page<ExchangeRate> findByCurrencyOrderByRateDateDesc(String currency, Pageable pageable);

    Page<ExchangeRate> findAllByOrderByRateDateDescCurrencyAsc(Pageable pageable);

    @Query("select distinct r.currency from ExchangeRate r order by r.currency")
    List<String> currencies();

    @Query("select r from ExchangeRate r where r.rateDate = (select max(x.rateDate) from ExchangeRate x"
            + " where x.currency = r.currency and x.rateDate <= :day) order by r.currency")
    List<ExchangeRate> latest(@Param("day") LocalDate day);
}
