package com.yiti.finance.internal;

import com.yiti.finance.CollectionReminders;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Instalments due or overdue become tasks for the rep and FINANCE: one instance at a time, hourly. */
@Component
@ConditionalOnProperty(name = "yiti.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class CollectionReminderJob {

    private final CollectionReminders reminders;

    CollectionReminderJob(CollectionReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(initialDelayString = "PT50S", fixedDelayString = "PT1H")
    @SchedulerLock(name = "finance-collection-reminders", lockAtMostFor = "PT30M")
    void refresh() {
        reminders.refresh();
    }
}
