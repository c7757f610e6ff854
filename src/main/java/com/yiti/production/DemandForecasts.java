package com.yiti.production;

import com.yiti.inventory.InventoryManagement;
import com.yiti.inventory.PlanningStock;
import com.yiti.inventory.ProductFilter;
import com.yiti.inventory.ProductView;
import com.yiti.production.internal.ExponentialSmoothing;
import com.yiti.production.internal.Forecast;
import com.yiti.production.internal.ForecastDemand;
import com.yiti.production.internal.Forecasts;
import com.yiti.production.internal.MrpInputs;
import com.yiti.production.spi.SalesHistory;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.ConcurrentChangeException;
import com.yiti.shared.RecordNotFoundException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demand forecast (decision 042): per product and month, from up to {@value #HISTORY_MONTHS} months of order
 * history by exponential smoothing ({@link ExponentialSmoothing}), with its error on the last {@value #HELD_OUT}
 * months held out; the planner overrides a month; orders falling due in a month consume its forecast, and what is
 * left feeds material planning.
 */
@Service
@Transactional
public class DemandForecasts {

    public static final int HISTORY_MONTHS = 36;
    public static final int HELD_OUT = 3;

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Forecasts forecasts;
    private final ForecastDemand demand;
    private final ObjectProvider<SalesHistory> history;
    private final PlanningStock stock;
    private final MrpInputs inputs;
    private final InventoryManagement inventory;
    private final Clock clock;

    DemandForecasts(
            Forecasts forecasts,
            ForecastDemand demand,
            ObjectProvider<SalesHistory> history,
            PlanningStock stock,
            MrpInputs inputs,
            InventoryManagement inventory,
            Clock clock) {
        this.forecasts = forecasts;
        this.demand = demand;
        this.history = history;
        this.stock = stock;
        this.inputs = inputs;
        this.inventory = inventory;
        this.clock = clock;
    }

    /**
     * Forecasts every made or bought product with order history, for this month and the
     * {@value ForecastDemand#HORIZON} months ahead; overrides stay. Returns how many products were forecast.
     */
    @PreAuthorize("hasAnyRole('PRODUCTION', 'ADMIN')")
    public int compute() {
        return computeAll();
    }

    /** The same, for the nightly job. */
    public int computeAll() {
        SalesHistory sales = history.getIfAvailable();
        if (sales == null) {
            return 0;
        }
        LocalDate today = today();
        YearMonth now = YearMonth.from(today);
        YearMonth last = now.minusMonths(1);
        YearMonth first = now.minusMonths(HISTORY_MONTHS);
        Map<Long, Map<YearMonth, BigDecimal>> byProduct = sales.quantitiesByMonth(first, last);
        Set<Long> planned =
                stock.products().stream().map(PlanningStock.PlannedProduct::id).collect(Collectors.toSet());
        long plant = inputs.plantWarehouse();
        Map<String, Forecast> existing = new HashMap<>();
        for (Forecast f : forecasts.findByPeriodMonthBetween(
                now.atDay(1), now.plusMonths(ForecastDemand.HORIZON - 1).atDay(1))) {
            existing.put(f.getProductId() + ":" + f.getWarehouseId() + ":" + f.getPeriodMonth(), f);
        }
        int count = 0;
        List<Forecast> changed = new ArrayList<>();
        for (Map.Entry<Long, Map<YearMonth, BigDecimal>> e : byProduct.entrySet()) {
            if (!planned.contains(e.getKey())) {
                continue;
            }
            double[] series = series(e.getValue(), first, last);
            if (series.length == 0) {
                continue;
            }
            ExponentialSmoothing.Forecast f = ExponentialSmoothing.forecast(series, ForecastDemand.HORIZON);
            Double mape = ExponentialSmoothing.mape(series, HELD_OUT);
            for (int h = 0; h < ForecastDemand.HORIZON; h++) {
                LocalDate month = now.plusMonths(h).atDay(1);
                Forecast row = existing.computeIfAbsent(
                        e.getKey() + ":" + plant + ":" + month, k -> new Forecast(e.getKey(), plant, month));
                row.computed(
                        BigDecimal.valueOf(f.values()[h]).setScale(3, RoundingMode.HALF_UP),
                        f.method(),
                        mape == null ? null : BigDecimal.valueOf(mape).setScale(2, RoundingMode.HALF_UP),
                        clock.instant());
                changed.add(row);
            }
            count++;
        }
        forecasts.saveAll(changed);
        return count;
    }

    /** The months from the first with any demand to the last full one; empty without demand. */
    static double[] series(Map<YearMonth, BigDecimal> months, YearMonth first, YearMonth last) {
        YearMonth start = months.keySet().stream()
                .filter(m -> !m.isBefore(first) && !m.isAfter(last))
                .min(YearMonth::compareTo)
                .orElse(null);
        if (start == null) {
            return new double[0];
        }
        List<Double> values = new ArrayList<>();
        for (YearMonth m = start; !m.isAfter(last); m = m.plusMonths(1)) {
            values.add(months.getOrDefault(m, BigDecimal.ZERO).doubleValue());
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Products with a forecast ahead, a page of them, each with its months. */
    @Transactional(readOnly = true)
    public Page<ForecastView> list(String q, Pageable pageable) {
        YearMonth now = YearMonth.from(today());
        Collection<Long> products = null;
        if (q != null && !q.isBlank()) {
            products = inventory
                    .products(new ProductFilter(q.strip(), null, null), PageRequest.of(0, 500))
                    .map(ProductView::id)
                    .getContent();
            if (products.isEmpty()) {
                return new PageImpl<>(List.of(), pageable, 0);
            }
        }
        Page<Long> page = forecasts.productsFrom(now.atDay(1), products, pageable);
        Map<Long, List<Forecast>> rows = forecasts
                .findByProductIdInAndPeriodMonthGreaterThanEqualOrderByPeriodMonth(page.getContent(), now.atDay(1))
                .stream()
                .collect(Collectors.groupingBy(Forecast::getProductId));
        Map<Long, Map<YearMonth, BigDecimal>> ordered = demand.ordered(today());
        Map<Long, ProductView> views = inventory.productsById(page.getContent());
        return page.map(id -> view(views.get(id), rows.getOrDefault(id, List.of()), ordered, List.of()));
    }

    /** One product's forecast with the last two years of what was ordered behind it. */
    @Transactional(readOnly = true)
    public ForecastView product(long productId) {
        ProductView p = inventory.product(productId);
        YearMonth now = YearMonth.from(today());
        List<Forecast> rows = forecasts.findByProductIdOrderByPeriodMonth(productId).stream()
                .filter(f -> !f.getPeriodMonth().isBefore(now.atDay(1)))
                .toList();
        List<ForecastView.Actual> past = new ArrayList<>();
        SalesHistory sales = history.getIfAvailable();
        if (sales != null) {
            Map<YearMonth, BigDecimal> months = sales.quantitiesByMonth(now.minusMonths(24), now.minusMonths(1))
                    .getOrDefault(productId, Map.of());
            for (YearMonth m = now.minusMonths(24); m.isBefore(now); m = m.plusMonths(1)) {
                past.add(new ForecastView.Actual(m, months.getOrDefault(m, BigDecimal.ZERO)));
            }
        }
        return view(p, rows, demand.ordered(today()), past);
    }

    /** The planner's figure for a month, or back to the computed one with {@code null}. */
    @PreAuthorize("hasAnyRole('PRODUCTION', 'ADMIN')")
    public ForecastView override(long forecastId, long expectedVersion, BigDecimal quantity) {
        Forecast f =
                forecasts.findById(forecastId).orElseThrow(() -> new RecordNotFoundException("Forecast", forecastId));
        if (f.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("Forecast", forecastId);
        }
        if (quantity != null && quantity.signum() < 0) {
            throw new BusinessRuleException("quantity", "mrp.notNegative");
        }
        if (quantity != null && quantity.stripTrailingZeros().scale() > 3) {
            throw new BusinessRuleException("quantity", "stock.quantityScale", 3);
        }
        if (f.getPeriodMonth().isBefore(YearMonth.from(today()).atDay(1))) {
            throw new BusinessRuleException("quantity", "forecast.pastMonth");
        }
        f.override(quantity == null ? null : quantity.setScale(3, RoundingMode.UNNECESSARY));
        forecasts.flush();
        return product(f.getProductId());
    }

    /** Average error (MAPE, %) over the products with a measured forecast; null with none. */
    @Transactional(readOnly = true)
    public BigDecimal averageError() {
        YearMonth now = YearMonth.from(today());
        List<BigDecimal> errors = forecasts.findByPeriodMonthBetween(now.atDay(1), now.atDay(1)).stream()
                .map(Forecast::getMape)
                .filter(java.util.Objects::nonNull)
                .toList();
        if (errors.isEmpty()) {
            return null;
        }
        return errors.stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(errors.size()), 1, RoundingMode.HALF_UP);
    }

    private ForecastView view(
            ProductView p,
            List<Forecast> rows,
            Map<Long, Map<YearMonth, BigDecimal>> ordered,
            List<ForecastView.Actual> past) {
        Map<YearMonth, BigDecimal> orders = ordered.getOrDefault(p.id(), Map.of());
        List<ForecastView.Month> months = rows.stream()
                .map(f -> {
                    YearMonth m = YearMonth.from(f.getPeriodMonth());
                    BigDecimal o = orders.getOrDefault(m, BigDecimal.ZERO);
                    return new ForecastView.Month(
                            f.getId(),
                            m,
                            f.getComputedQuantity(),
                            f.getOverrideQuantity(),
                            f.effective(),
                            o,
                            f.effective().subtract(o).max(BigDecimal.ZERO),
                            f.getVersion());
                })
                .toList();
        Forecast any = rows.isEmpty() ? null : rows.get(0);
        return new ForecastView(
                p.id(),
                p.sku(),
                p.name(LocaleContextHolder.getLocale()),
                p.unit(),
                any == null ? null : any.getMethod(),
                any == null ? null : any.getMape(),
                months,
                past);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(CHINA));
    }
}
