package com.yiti.platform.internal;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Listeners that failed (an invoice not created, say) are tried again: every minute the publications that have been
 * incomplete for over a minute are resubmitted, by one instance at a time. On restart Modulith resubmits them too.
 */
@Component
@ConditionalOnProperty(name = "yiti.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class EventResubmission {

    private final IncompleteEventPublications incomplete;

    EventResubmission(IncompleteEventPublications incomplete) {
        this.incomplete = incomplete;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1M")
    @SchedulerLock(name = "platform-event-resubmission", lockAtMostFor = "PT5M")
    void resubmit() {
        incomplete.resubmitIncompletePublicationsOlderThan(Duration.ofMinutes(1));
    }
}
