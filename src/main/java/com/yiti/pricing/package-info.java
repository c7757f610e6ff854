/**
 * Price lists (issue 18): per currency, valid from/to, for every customer, a customer tier or one customer, with
 * quantity breaks, per-product prices or discounts off the list price and a minimum price. Quotations and orders ask
 * for the best applicable price of a line ({@link com.yiti.pricing.PriceListManagement#best}) and are told which list gave it
 * and why; a line priced below a list's minimum needs approval in the order module.
 */
@ApplicationModule(allowedDependencies = {"shared", "platform", "customer", "inventory"})
package com.yiti.pricing;

import org.springframework.modulith.ApplicationModule;
