/**
 * After-sales service: tickets (questions, complaints, repairs, returns, installations) on a service-level clock
 * measured in business hours, with comments, attachments, root causes that push tasks to production and purchasing,
 * satisfaction scores, and returns (RMA) received into stock or quarantine and settled by a credit note or a
 * replacement.
 */
@ApplicationModule(
        allowedDependencies = {
            "shared",
            "platform",
            "automation",
            "approval",
            "mail",
            "customer",
            "order",
            "inventory",
            "finance",
            "purchasing::spi",
            "integration"
        })
package com.yiti.aftersales;

import org.springframework.modulith.ApplicationModule;
