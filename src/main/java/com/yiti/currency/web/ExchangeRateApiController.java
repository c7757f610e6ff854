package com.yiti.currency.web;

import com.yiti.currency.ExchangeRateManagement;
import com.yiti.currency.ExchangeRateView;
import com.yiti.currency.NewExchangeRate;
import com.yiti.shared.PageResponse;
import com.yiti.shared.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Exchange rates as JSON: read by everyone signed in, set or imported by FINANCE. */
@RestController
@Tag(name = "Exchange rates", description = "CNY per unit of a foreign currency, per day")
class ExchangeRateApiController {

    private final ExchangeRateManagement rates;

    ExchangeRateApiController(ExchangeRateManagement rates) {
        this.rates = rates;
    }

    @GetMapping("/api/v1/exchange-rates")
    @Operation(summary = "Rates, newest day first; optionally of one currency")
    PageResponse<ExchangeRateView> list(
            @RequestParam(required = false) String currency,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return PageResponse.of(rates.list(currency, Paging.of(page, size, null, Set.of(), Sort.unsorted())), v -> v);
    }

    @GetMapping("/api/v1/exchange-rates/latest")
    @Operation(summary = "Each currency's newest rate")
    List<ExchangeRateView> latest() {
        return rates.latest();
    }

    @GetMapping("/api/v1/exchange-rates/{currency}/{date}")
    @Operation(summary = "The rate documents of that day use (the newest on or before it, at most a week old)")
    Map<String, Object> rateOn(
            @PathVariable String currency,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        String c = currency.toUpperCase(java.util.Locale.ROOT);
        BigDecimal rate = rates.rate(c, date, "currency");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("currency", c);
        out.put("date", date.toString());
        out.put("rate", rate);
        return out;
    }

    @PutMapping("/api/v1/exchange-rates")
    @Operation(summary = "Set or import rates (all or none); a day's rate replaces the one entered before")
    Map<String, Integer> put(@RequestBody List<NewExchangeRate> list) {
        return Map.of("stored", rates.importRates(list));
    }
}
