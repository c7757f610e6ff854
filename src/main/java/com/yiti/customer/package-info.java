/**
 * Customers (company accounts) and their contacts: who we sell to, owned by a sales rep, scoped per owner and team.
 * The customer 360 page is assembled from {@link com.yiti.customer.CustomerPanel}s that other modules contribute.
 */
@ApplicationModule(
        allowedDependencies = {"shared", "platform", "setup", "mail", "imports", "integration", "automation", "approval"
        })
package com.yiti.customer;

import org.springframework.modulith.ApplicationModule;
