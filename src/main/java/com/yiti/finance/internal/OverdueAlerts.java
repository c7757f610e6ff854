package com.yiti.finance.internal;

import com.yiti.finance.CreditControl;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Overdue invoices become FINANCE tasks (and those tasks close when paid): one instance at a time, hourly. */
@Component
@ConditionalOnProperty(name = "yiti.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class OverdueAlerts {

    private final CreditControl creditControl;

    OverdueAlerts(CreditControl creditControl) {
        this.creditControl = creditControl;
    }

    @Scheduled(initialDelayString = "PT45S", fixedDelayString = "PT1H")
    @SchedulerLock(name = "finance-overdue-invoices", lockAtMostFor = "PT30M")
    void refresh() {
        creditControl.refreshOverdueTasks();
    }
}
