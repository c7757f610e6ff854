/**
 * Finance: the credit check at confirmation (implementing {@code order::spi}), invoices from shipments, credit notes,
 * payments and their allocations, the double-entry journal with its chart of accounts, and receivables (aging, DSO,
 * overdue alerts); payables: supplier invoices matched three ways against purchasing's orders and receipts, supplier
 * payments, the payables aging and DPO.
 */
@ApplicationModule(
        allowedDependencies = {
            "shared",
            "platform",
            "currency",
            "setup",
            "mail",
            "imports",
            "customer",
            "inventory",
            "purchasing",
            "production",
            "order",
            "order::spi",
            "contract",
            "automation",
            "approval",
            "integration"
        })
package com.yiti.finance;

import org.springframework.modulith.ApplicationModule;
