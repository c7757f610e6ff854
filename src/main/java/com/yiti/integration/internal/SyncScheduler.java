package com.yiti.integration.internal;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Starts the sync jobs whose time came (their cron) or that ADMIN asked to run now, every 30 seconds, on one node at a
 * time (ShedLock {@code integration-sync}); jobs run one after the other.
 */
@Component
public class SyncScheduler {

    private final SyncJobs jobs;
    private final SyncRunner runner;
    private final Clock clock;

    SyncScheduler(SyncJobs jobs, SyncRunner runner, Clock clock) {
        this.jobs = jobs;
        this.runner = runner;
        this.clock = clock;
    }

    /** Runs every due job; returns how many ran. Also what tests call in place of the schedule. */
    public int runDue() {
        var due = jobs.due(clock.instant());
        for (long id : due) {
            boolean byHand =
                    jobs.findById(id).map(j -> j.getRunRequestedAt() != null).orElse(false);
            runner.run(id, byHand ? "hand" : "schedule");
        }
        return due.size();
    }

    @Component
    @ConditionalOnProperty(name = "yiti.scheduling.enabled", havingValue = "true", matchIfMissing = true)
    static class Job {

        private final SyncScheduler scheduler;

        Job(SyncScheduler scheduler) {
            this.scheduler = scheduler;
        }

        @Scheduled(initialDelayString = "PT40S", fixedDelayString = "PT30S")
        @SchedulerLock(name = "integration-sync", lockAtMostFor = "PT2H")
        void run() {
            scheduler.runDue();
        }
    }
}
