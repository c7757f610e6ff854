package com.yiti.production;

import com.yiti.shared.BusinessRuleException;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night the forecast is computed again and material planning runs, on one node (ShedLock); a planner's run that
 * is still going wins and the night's run is skipped.
 */
@Component
class NightlyPlanning {

    private static final Logger log = LoggerFactory.getLogger(NightlyPlanning.class);

    private final DemandForecasts forecasts;
    private final MaterialsPlanning planning;

    NightlyPlanning(DemandForecasts forecasts, MaterialsPlanning planning) {
        this.forecasts = forecasts;
        this.planning = planning;
    }

    @Scheduled(cron = "${yiti.mrp.cron:0 30 1 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "mrp-nightly", lockAtMostFor = "PT30M")
    void run() {
        int forecast = forecasts.computeAll();
        try {
            MrpRunView run = planning.runNow("NIGHTLY", "system");
            log.info("nightly planning: {} products forecast, run {} {}", forecast, run.id(), run.status());
        } catch (BusinessRuleException running) {
            log.info("nightly planning skipped: a run is on");
        }
    }
}
