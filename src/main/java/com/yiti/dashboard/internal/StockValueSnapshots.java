package com.yiti.dashboard.internal;

import com.yiti.inventory.StockValuation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Keeps the day's stock value at cost (for inventory turnover), hourly, by one instance at a time. */
@Component
@ConditionalOnProperty(name = "yiti.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class StockValueSnapshots {

    private final StockValuation inventory;
    private final ReadModelQueries queries;
    private final Clock clock;

    StockValueSnapshots(StockValuation inventory, ReadModelQueries queries, Clock clock) {
        this.inventory = inventory;
        this.queries = queries;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT20S", fixedDelayString = "PT1H")
    @SchedulerLock(name = "dashboard-stock-value", lockAtMostFor = "PT10M")
    void keep() {
        queries.keepStockValue(LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))), inventory.stockValue());
    }
}
