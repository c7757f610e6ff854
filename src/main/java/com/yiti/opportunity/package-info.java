/**
 * The sales pipeline: campaigns, leads (qualified into customer + contact + opportunity), opportunities moving
 * through stages with their history, and activities (calls, meetings, visits, notes, follow-ups).
 */
@ApplicationModule(allowedDependencies = {"shared", "platform", "customer", "automation"})
package com.yiti.opportunity;

import org.springframework.modulith.ApplicationModule;
