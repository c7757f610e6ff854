/**
 * Purchasing: suppliers, requisition lines (bought products short for order lines, and reorders), purchase orders
 * and the goods receipts against them. A receipt posts a receipt move into stock, where waiting order lines reserve
 * it in the same transaction.
 */
@ApplicationModule(
        allowedDependencies = {"shared", "platform", "setup", "inventory", "imports", "production::spi", "approval"})
package com.yiti.purchasing;

import org.springframework.modulith.ApplicationModule;
