/**
 * Finance: the credit check at confirmation (implementing {@code order::spi}), invoices from shipments, credit notes,
 * payments and their allocations, the double-entry journal with its chart of accounts, and receivables (aging, DSO,
 * overdue alerts).
 */
@ApplicationModule(
        allowedDependencies = {
            "shared",
            "platform",
            "setup",
            "mail",
            "imports",
            "customer",
            "inventory",
            "order",
            "order::spi"
        })
package com.yiti.finance;

import org.springframework.modulith.ApplicationModule;
