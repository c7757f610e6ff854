package com.yiti.production.internal;

import com.yiti.production.DemandKind;
import com.yiti.production.spi.SalesHistory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The forecast as planning demand (decision 042): for the current month and the months ahead, what is forecast less
 * what customers' orders falling due in that month already ask for — an order consumes the forecast, it is never
 * counted twice. Past months are history, not demand.
 */
@Component
public class ForecastDemand {

    /** Months ahead (the current one included) the forecast feeds planning. */
    public static final int HORIZON = 6;

    private final Forecasts forecasts;
    private final ObjectProvider<SalesHistory> history;

    ForecastDemand(Forecasts forecasts, ObjectProvider<SalesHistory> history) {
        this.forecasts = forecasts;
        this.history = history;
    }

    /** What orders already ask for, per product and month, over the planning horizon. */
    public Map<Long, Map<YearMonth, BigDecimal>> ordered(LocalDate today) {
        SalesHistory sales = history.getIfAvailable();
        YearMonth now = YearMonth.from(today);
        return sales == null ? Map.of() : sales.quantitiesByMonth(now, now.plusMonths(HORIZON - 1));
    }

    List<MrpEngine.DemandIn> remaining(LocalDate today, long plantWarehouse) {
        YearMonth now = YearMonth.from(today);
        List<Forecast> ahead = forecasts.findByPeriodMonthBetween(
                now.atDay(1), now.plusMonths(HORIZON - 1).atDay(1));
        if (ahead.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<YearMonth, BigDecimal>> ordered = ordered(today);
        List<MrpEngine.DemandIn> demands = new ArrayList<>();
        for (Forecast f : ahead) {
            YearMonth month = YearMonth.from(f.getPeriodMonth());
            BigDecimal open = f.effective()
                    .subtract(ordered.getOrDefault(f.getProductId(), Map.of()).getOrDefault(month, BigDecimal.ZERO));
            if (open.signum() > 0) {
                LocalDate first = month.atDay(1);
                demands.add(new MrpEngine.DemandIn(
                        f.getProductId(),
                        f.getWarehouseId(),
                        first.isBefore(today) ? today : first,
                        open,
                        DemandKind.FORECAST,
                        month.toString(),
                        null,
                        null));
            }
        }
        return demands;
    }
}
