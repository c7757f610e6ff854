package com.yiti.load;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.Simulation;

/** P1: clients (16) each placing 5-line orders, created and confirmed in one request, as fast as answered. */
public class PlacementSimulation extends Simulation {

    {
        setUp(scenario("P1 placement")
                        .during(Load.DURATION)
                        .on(exec(Load.placeOrder()))
                        .injectClosed(constantConcurrentUsers(Load.CLIENTS).during(Load.DURATION)))
                .protocols(Load.protocol())
                .maxDuration(Load.DURATION.plusSeconds(30));
    }
}
