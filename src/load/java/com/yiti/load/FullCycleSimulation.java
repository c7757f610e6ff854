package com.yiti.load;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.Simulation;

/** P2: the full cycle per order: placed and confirmed, shipped, invoiced (by the application), paid. */
public class FullCycleSimulation extends Simulation {

    {
        setUp(scenario("P2 full cycle")
                        .exec(session -> session.set("invoicePolls", 0))
                        .during(Load.DURATION)
                        .on(exec(Load.placeOrder())
                                // an order held for credit waits for FINANCE: nothing to ship yet
                                .doIf(session -> "CONFIRMED".equals(session.getString("orderStatus")))
                                .then(Load.shipInvoicePay()))
                        .injectClosed(constantConcurrentUsers(Load.CLIENTS).during(Load.DURATION)))
                .protocols(Load.protocol())
                .maxDuration(Load.DURATION.plusSeconds(30));
    }
}
