package com.yiti.currency.internal;

import com.yiti.currency.ExchangeRateManagement;
import com.yiti.currency.NewExchangeRate;
import com.yiti.platform.Role;
import com.yiti.platform.SystemActor;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo rates for USD, EUR and HKD on every weekday of the last 120 days up to today (around the PBOC's central
 * parity, moving a little from day to day), so the demo's USD customer can be quoted, invoiced and paid. On a later
 * start only the days since the newest rate are added.
 */
@Component
@Order(6)
@ConditionalOnProperty(name = "yiti.demo-data", havingValue = "true")
class CurrencyDemoData implements ApplicationRunner {

    private static final Map<String, BigDecimal> CENTRE =
            Map.of("USD", new BigDecimal("7.1200"), "EUR", new BigDecimal("7.7000"), "HKD", new BigDecimal("0.9150"));

    private final ExchangeRates rates;
    private final ExchangeRateManagement management;
    private final Clock clock;

    CurrencyDemoData(ExchangeRates rates, ExchangeRateManagement management, Clock clock) {
        this.rates = rates;
        this.management = management;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        List<NewExchangeRate> list = new ArrayList<>();
        for (var e : new java.util.TreeMap<>(CENTRE).entrySet()) {
            LocalDate from = rates.findFirstByCurrencyAndRateDateLessThanEqualOrderByRateDateDesc(e.getKey(), today)
                    .map(r -> r.getRateDate().plusDays(1))
                    .orElse(today.minusDays(120));
            for (LocalDate d = from; !d.isAfter(today); d = d.plusDays(1)) {
                if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    continue;
                }
                // a small, repeatable wave around the centre: ±0.6 %
                double wave = Math.sin(d.toEpochDay() / 9.0) * 0.006;
                BigDecimal rate =
                        e.getValue().multiply(BigDecimal.valueOf(1 + wave)).setScale(4, RoundingMode.HALF_UP);
                list.add(new NewExchangeRate(e.getKey(), d, rate));
            }
        }
        if (!list.isEmpty()) {
            SystemActor.runAs("finance", Role.FINANCE, () -> management.importRates(list));
        }
    }
}
