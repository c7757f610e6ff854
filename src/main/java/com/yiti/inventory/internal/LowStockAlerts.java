package com.yiti.inventory.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every 5 minutes (and soon after start): low-stock tasks raised and closed, by one instance at a time. */
@Component
@ConditionalOnProperty(name = "yiti.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class LowStockAlerts {

    private final com.yiti.inventory.LowStockRule lowStock;

    LowStockAlerts(com.yiti.inventory.LowStockRule lowStock) {
        this.lowStock = lowStock;
    }

    @Scheduled(initialDelayString = "PT30S", fixedDelayString = "PT5M")
    @SchedulerLock(name = "inventory-low-stock", lockAtMostFor = "PT10M")
    void refresh() {
        lowStock.refreshLowStockTasks();
    }
}
