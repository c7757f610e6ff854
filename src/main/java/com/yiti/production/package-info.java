/**
 * Production: plan lines (what made products are short for which order lines, and for reorders) and production
 * orders made for them. Completing a production order posts production output into stock, where waiting order lines
 * reserve it in the same transaction. Bills of materials come later; a production order is ready to carry them.
 */
@ApplicationModule(allowedDependencies = {"shared", "platform", "inventory"})
package com.yiti.production;

import org.springframework.modulith.ApplicationModule;
