package com.yiti.order.internal;

import com.yiti.inventory.InventoryManagement;
import com.yiti.order.SalesHistoryImport;
import com.yiti.platform.Role;
import com.yiti.platform.SystemActor;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
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
 * Demo: two years of monthly sales brought over from the system used before Yiti for the products the demo sells most,
 * with the shape a Chinese plant knows — a slow February around the Spring Festival, a busy autumn and year end, and
 * slow growth — so the forecast has history to work from on the first day.
 */
@Component
@Order(41)
@ConditionalOnProperty(name = "yiti.demo-data", havingValue = "true")
class SalesHistoryDemoData implements ApplicationRunner {

    /** Base monthly quantity per SKU. */
    private static final Map<String, Integer> BASE = Map.of(
            "CAB-104", 8, "CNV-105", 3, "FIX-106", 5, "CAB-204", 4, "SEN-100", 120, "PLC-103", 14, "MOT-102", 10);

    /** Month of the year (January first) → per cent of the base. */
    private static final int[] SEASON = {95, 55, 90, 100, 100, 105, 95, 95, 115, 120, 125, 130};

    private final SalesHistoryMonths months;
    private final SalesHistoryImport history;
    private final InventoryManagement inventory;
    private final Clock clock;

    SalesHistoryDemoData(
            SalesHistoryMonths months, SalesHistoryImport history, InventoryManagement inventory, Clock clock) {
        this.months = months;
        this.history = history;
        this.inventory = inventory;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (months.count() > 0 || inventory.productIdsBySku(BASE.keySet()).size() < BASE.size()) {
            return;
        }
        YearMonth now = YearMonth.from(LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))));
        List<SalesHistoryImport.Row> rows = new ArrayList<>();
        BASE.forEach((sku, base) -> {
            for (int back = 24; back >= 1; back--) {
                YearMonth m = now.minusMonths(back);
                double growth = 1 + (24 - back) * 0.01;
                // a small, repeatable wobble so the error of the forecast is not zero
                double wobble = 1 + (Math.floorMod(sku.hashCode() + back * 7, 9) - 4) / 100.0;
                long q = Math.round(base * SEASON[m.getMonthValue() - 1] / 100.0 * growth * wobble);
                rows.add(new SalesHistoryImport.Row(sku, m.toString(), BigDecimal.valueOf(Math.max(0, q))));
            }
        });
        SystemActor.runAs("admin", Role.ADMIN, () -> history.record(rows, "旧系统 Legacy ERP"));
    }
}
