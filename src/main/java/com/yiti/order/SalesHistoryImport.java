package com.yiti.order;

import com.yiti.inventory.InventoryManagement;
import com.yiti.order.internal.SalesHistoryMonth;
import com.yiti.order.internal.SalesHistoryMonths;
import com.yiti.shared.BusinessRuleException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sales history brought over at go-live (decision 042): per product and past month, the quantity sold in the system
 * used before Yiti, so the demand forecast has two years behind it from the first day. A month sent again is
 * replaced; the whole batch is refused, with the row at fault, if one row is wrong. MANAGER and ADMIN bring it over.
 */
@Service
@Transactional
public class SalesHistoryImport {

    /** More rows than this in one request are refused (three years of 300 products). */
    public static final int MAX_ROWS = 10_800;

    /** One product's month: the SKU, the month ("2025-03"), the quantity sold. */
    public record Row(String sku, String month, BigDecimal quantity) {}

    /** A stored month. */
    public record MonthView(long id, YearMonth month, BigDecimal quantity, String source, long version) {}

    private final SalesHistoryMonths months;
    private final InventoryManagement inventory;
    private final Clock clock;

    SalesHistoryImport(SalesHistoryMonths months, InventoryManagement inventory, Clock clock) {
        this.months = months;
        this.inventory = inventory;
        this.clock = clock;
    }

    /** Records the rows; returns how many months were stored. */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public int record(List<Row> rows, String source) {
        if (rows == null || rows.isEmpty()) {
            throw new BusinessRuleException("rows", "salesHistory.empty");
        }
        if (rows.size() > MAX_ROWS) {
            throw new BusinessRuleException("rows", "salesHistory.tooMany", MAX_ROWS);
        }
        YearMonth now = YearMonth.from(LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))));
        Map<String, Long> ids = inventory.productIdsBySku(rows.stream()
                .map(r -> r.sku() == null ? "" : r.sku().strip().toUpperCase(Locale.ROOT))
                .collect(Collectors.toSet()));
        Map<List<Object>, BigDecimal> parsed = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            String sku = r.sku() == null ? "" : r.sku().strip().toUpperCase(Locale.ROOT);
            Long product = ids.get(sku);
            if (product == null) {
                throw new BusinessRuleException("rows[" + i + "].sku", "bom.skuUnknown", r.sku());
            }
            YearMonth month;
            try {
                month = YearMonth.parse(r.month() == null ? "" : r.month().strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw new BusinessRuleException("rows[" + i + "].month", "salesHistory.monthFormat");
            }
            if (!month.isBefore(now)) {
                throw new BusinessRuleException("rows[" + i + "].month", "salesHistory.pastOnly");
            }
            if (r.quantity() == null || r.quantity().signum() < 0) {
                throw new BusinessRuleException("rows[" + i + "].quantity", "mrp.notNegative");
            }
            if (r.quantity().stripTrailingZeros().scale() > 3) {
                throw new BusinessRuleException("rows[" + i + "].quantity", "stock.quantityScale", 3);
            }
            parsed.put(List.of(product, month.atDay(1)), r.quantity().setScale(3, RoundingMode.UNNECESSARY));
        }
        Set<Long> products = new HashSet<>();
        Set<LocalDate> dates = new HashSet<>();
        parsed.keySet().forEach(k -> {
            products.add((Long) k.get(0));
            dates.add((LocalDate) k.get(1));
        });
        Map<List<Object>, SalesHistoryMonth> existing = new HashMap<>();
        months.findByProductIdInAndPeriodMonthIn(products, dates)
                .forEach(m -> existing.put(List.of(m.getProductId(), m.getPeriodMonth()), m));
        String from = source == null || source.isBlank() ? null : source.strip();
        if (from != null && from.length() > 100) {
            throw new BusinessRuleException("source", "salesHistory.sourceLength", 100);
        }
        parsed.forEach((key, quantity) -> existing.computeIfAbsent(
                        key, k -> new SalesHistoryMonth((Long) k.get(0), (LocalDate) k.get(1)))
                .set(quantity, from));
        months.saveAll(existing.values());
        return parsed.size();
    }

    /** A product's months brought over, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN', 'PRODUCTION', 'PURCHASING')")
    public List<MonthView> ofProduct(long productId) {
        return months.findByProductIdOrderByPeriodMonth(productId).stream()
                .map(m -> new MonthView(
                        m.getId(), YearMonth.from(m.getPeriodMonth()), m.getQuantity(), m.getSource(), m.getVersion()))
                .toList();
    }
}
