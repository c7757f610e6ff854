package com.yiti.order.internal;

import com.yiti.order.QuotationManagement;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sent quotations past their validity date become expired, shortly after start and then hourly; one instance at a time. */
@Component
@ConditionalOnProperty(name = "yiti.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class QuotationExpiry {

    private final QuotationManagement quotations;

    QuotationExpiry(QuotationManagement quotations) {
        this.quotations = quotations;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
    @SchedulerLock(name = "order-quotation-expiry", lockAtMostFor = "PT30M")
    void expire() {
        quotations.expireOverdue();
    }
}
