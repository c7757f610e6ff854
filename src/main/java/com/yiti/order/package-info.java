/**
 * Quotations, sales orders and their fulfilment: confirmation reserves stock and plans the shortages (production or
 * purchasing) in one transaction, shipments consume the reservations, and every step lands on the order's timeline
 * in the transaction that made it. Finance plugs its credit check in through {@code order::spi}.
 */
@ApplicationModule(
        allowedDependencies = {
            "shared",
            "platform",
            "currency",
            "pricing",
            "contract",
            "approval",
            "automation",
            "setup",
            "mail",
            "customer",
            "inventory",
            "opportunity",
            "production",
            "production::spi",
            "purchasing",
            "integration"
        })
package com.yiti.order;

import org.springframework.modulith.ApplicationModule;
