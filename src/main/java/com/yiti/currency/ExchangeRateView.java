package com.yiti.currency;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A day's rate: {@code rate} yuan (CNY) for one unit of {@code currency}. */
public record ExchangeRateView(
        long id,
        String currency,
        LocalDate rateDate,
        BigDecimal rate,
        String source,
        String updatedBy,
        Instant updatedAt,
        long version) {}
