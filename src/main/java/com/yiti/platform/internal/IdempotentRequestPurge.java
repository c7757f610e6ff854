package com.yiti.platform.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Hourly: stored answers of keyed requests older than a day are forgotten, in short batches, on one instance. */
@Component
@ConditionalOnProperty(name = "yiti.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class IdempotentRequestPurge {

    private final IdempotentRequests requests;

    IdempotentRequestPurge(IdempotentRequests requests) {
        this.requests = requests;
    }

    @Scheduled(initialDelayString = "PT2M", fixedDelayString = "PT1H")
    @SchedulerLock(name = "platform-idempotent-request-purge", lockAtMostFor = "PT30M")
    void purge() {
        requests.purge();
    }
}
