package com.yiti.customer.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Soon after start and every 10 minutes: customers not yet in the search index (from before it, or loaded in bulk
 * past the application) are indexed in short batches, by one instance at a time.
 */
@Component
@ConditionalOnProperty(name = "yiti.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class CustomerSearchIndexing {

    private static final Logger log = LoggerFactory.getLogger(CustomerSearchIndexing.class);

    private final CustomerSearchIndex index;

    CustomerSearchIndexing(CustomerSearchIndex index) {
        this.index = index;
    }

    @Scheduled(initialDelayString = "PT10S", fixedDelayString = "PT10M")
    @SchedulerLock(name = "customer-search-index", lockAtMostFor = "PT30M")
    void indexPending() {
        long started = System.currentTimeMillis();
        int done = index.indexPending();
        if (done > 0) {
            log.info(
                    "customer search index: {} customers indexed in {} ms", done, System.currentTimeMillis() - started);
        }
    }
}
