/**
 * Products, warehouses and stock. Stock is a ledger: every change of a quantity is a stock move, and the balance row
 * per product and warehouse (on hand, reserved) changes only together with a move or a reservation, under a row
 * lock, so available stock never goes negative however many people reserve at once.
 */
@ApplicationModule(allowedDependencies = {"shared", "platform", "setup", "imports", "integration", "automation"})
package com.yiti.inventory;

import org.springframework.modulith.ApplicationModule;
