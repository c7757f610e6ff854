/**
 * Production: plan lines (what made products are short for which order lines, and for reorders) and production
 * orders made for them. Completing a production order posts production output into stock, where waiting order lines
 * reserve it in the same transaction. Product engineering: bills of materials in versions, work centres with their
 * calendars, routings, and the cost roll-up they give (decision 040).
 */
@ApplicationModule(allowedDependencies = {"shared", "platform", "inventory"})
package com.yiti.production;

import org.springframework.modulith.ApplicationModule;
