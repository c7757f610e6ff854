package com.yiti.load;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * P4: placement (as in P1) while ten managers each reload the dashboard once a second (10 dashboards/s): how much
 * the dashboards slow placement down, and what the dashboard costs under load.
 */
public class DashboardSimulation extends Simulation {

    {
        var placement = scenario("P4 placement")
                .during(Load.DURATION)
                .on(exec(Load.placeOrder()))
                .injectClosed(constantConcurrentUsers(Load.CLIENTS).during(Load.DURATION));
        var dashboards = scenario("P4 dashboards")
                .exec(Load.signIn("manager"))
                .during(Load.DURATION)
                .on(exec(http("dashboard").get("/dashboard").check(status().is(200)))
                        .pace(Duration.ofSeconds(1)))
                .injectClosed(constantConcurrentUsers(10).during(Load.DURATION));
        setUp(placement, dashboards).protocols(Load.protocol()).maxDuration(Load.DURATION.plusSeconds(30));
    }
}
