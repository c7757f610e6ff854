/**
 * After-sales service: tickets (questions, complaints, repairs, returns, installations) on a service-level clock
 * measured in business hours, with comments, owners and statuses. Returns, root causes and satisfaction come next.
 */
@ApplicationModule(allowedDependencies = {"shared", "platform", "customer", "order", "inventory"})
package com.yiti.aftersales;

import org.springframework.modulith.ApplicationModule;
