package com.yiti.opportunity.internal;

import com.yiti.opportunity.ActivityManagement;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every 15 minutes (and soon after start): due follow-ups become tasks; one instance at a time (ShedLock). */
@Component
@ConditionalOnProperty(name = "yiti.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class FollowUpReminders {

    private static final Logger log = LoggerFactory.getLogger(FollowUpReminders.class);

    private final ActivityManagement activities;

    FollowUpReminders(ActivityManagement activities) {
        this.activities = activities;
    }

    @Scheduled(initialDelayString = "PT20S", fixedDelayString = "PT15M")
    @SchedulerLock(name = "crm-follow-up-reminders", lockAtMostFor = "PT10M")
    void raise() {
        int due = activities.raiseDueFollowUps();
        log.debug("{} follow-ups due", due);
    }
}
