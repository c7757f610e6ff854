/**
 * Contracts with customers (合同, issue 18): number, title, value and currency, validity, signed date and the signed
 * copy, and a life of draft → under approval → signed → executing → completed or terminated. Orders placed under a
 * contract consume its value when they are confirmed ({@link com.yiti.contract.ContractConsumption}: the order module
 * calls it, this module knows no order) and give it back when cancelled; the rep sees what is left. A contract asks
 * for approval through the approval module's flow for {@code CONTRACT} and hears the decision as an event.
 */
@ApplicationModule(allowedDependencies = {"shared", "platform", "customer", "approval", "currency"})
package com.yiti.contract;

import org.springframework.modulith.ApplicationModule;
