package com.yiti.production;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * A product's demand forecast for the months ahead: the method, its error on held-out months (MAPE, %), and per month
 * what was computed, the planner's override, and what orders falling due that month already ask for. On the product's
 * own page {@code history} holds the months behind it.
 */
public record ForecastView(
        long productId,
        String sku,
        String productName,
        String unit,
        String method,
        BigDecimal mape,
        List<Month> months,
        List<Actual> history) {

    /** One month ahead; {@code ordered} consumes the forecast, {@code open} is what planning still plans for. */
    public record Month(
            long id,
            YearMonth month,
            BigDecimal computed,
            BigDecimal override,
            BigDecimal effective,
            BigDecimal ordered,
            BigDecimal open,
            long version) {}

    /** What customers ordered in a past month. */
    public record Actual(YearMonth month, BigDecimal quantity) {}
}
