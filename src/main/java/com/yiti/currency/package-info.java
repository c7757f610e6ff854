/**
 * Currencies (issue 18): the exchange rates FINANCE enters or imports (CNY per unit of a foreign currency, per day),
 * the rate of a day for a document, and conversion to the book currency (CNY) the journal keeps. Sales documents in a
 * customer's currency take their default prices through it and finance books them through it; knows no business
 * module.
 */
@ApplicationModule(allowedDependencies = {"shared", "platform"})
package com.yiti.currency;

import org.springframework.modulith.ApplicationModule;
