/**
 * Dashboards: the managers' figures and every role's home cards, read-only. Reads other modules through their public
 * APIs and keeps its own read models (daily revenue, monthly revenue per customer and product, one fact row per
 * order, daily stock value), maintained in the transaction of each change from the modules' events, so that a
 * dashboard never scans the business tables.
 */
@ApplicationModule(
        allowedDependencies = {
            "shared",
            "platform",
            "customer",
            "opportunity",
            "inventory",
            "order",
            "production",
            "purchasing",
            "finance",
            "aftersales"
        })
package com.yiti.dashboard;

import org.springframework.modulith.ApplicationModule;
