package com.yiti.dashboard.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every 15 minutes (and soon after start): the alert rules, on one application instance at a time (ShedLock). */
@Component
@ConditionalOnProperty(name = "yiti.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class AlertJob {

    private final Alerts alerts;

    AlertJob(Alerts alerts) {
        this.alerts = alerts;
    }

    @Scheduled(initialDelayString = "PT40S", fixedDelayString = "PT15M")
    @SchedulerLock(name = "dashboard-alerts", lockAtMostFor = "PT10M")
    void run() {
        alerts.refresh();
    }
}
