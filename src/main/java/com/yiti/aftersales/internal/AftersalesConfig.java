package com.yiti.aftersales.internal;

import com.yiti.aftersales.ServiceLevels;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The service levels from configuration, and the job that turns tickets at risk or breached into tasks. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ServiceLevels.class)
class AftersalesConfig {

    @Component
    @ConditionalOnProperty(name = "yiti.scheduling.enabled", havingValue = "true", matchIfMissing = true)
    static class SlaAlerts {

        private final com.yiti.aftersales.SlaTasks tickets;

        SlaAlerts(com.yiti.aftersales.SlaTasks tickets) {
            this.tickets = tickets;
        }

        @Scheduled(initialDelayString = "PT50S", fixedDelayString = "PT5M")
        @SchedulerLock(name = "aftersales-sla", lockAtMostFor = "PT10M")
        void refresh() {
            tickets.refreshSlaTasks();
        }
    }
}
