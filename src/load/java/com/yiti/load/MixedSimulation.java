package com.yiti.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * P5: mixed users with 5 s think time: half are reps (order list, customer search, a customer's 360, an order
 * placed), a fifth warehouse (pick list, shipments, stock), the rest finance (invoices) and managers (dashboard, order
 * list). {@code yiti.load.users} users (default 200) arrive evenly over {@code yiti.load.ramp} seconds (default 120:
 * a morning's sign-ins, each a deliberately slow BCrypt check, spread as people arrive rather than 200 in a few
 * seconds), sign in, and then each works for the run's duration.
 */
public class MixedSimulation extends Simulation {

    static final int USERS = Integer.getInteger("yiti.load.users", 200);
    static final Duration THINK = Duration.ofSeconds(5);
    static final Duration RAMP = Duration.ofSeconds(Long.getLong("yiti.load.ramp", 120));

    static ChainBuilder page(String name, String path) {
        return exec(http(name).get(path).check(status().is(200))).exec(pause(THINK));
    }

    static PopulationBuilder role(String name, String username, double share, ChainBuilder visit) {
        int users = Math.max(1, (int) Math.round(USERS * share));
        return scenario(name)
                .exec(Load.signIn(username))
                .during(Load.DURATION)
                .on(visit)
                .injectOpen(rampUsers(users).during(RAMP));
    }

    {
        ChainBuilder rep = exec(session -> session.set("customer", Load.randomCustomer()))
                .exec(page("rep: orders", "/orders"))
                .exec(page("rep: customer search", "/customers?q=%E5%9F%BA%E5%87%86"))
                .exec(page("rep: customer 360", "/customers/#{customer}"))
                .exec(Load.placeOrder())
                .exec(pause(THINK));
        ChainBuilder warehouse = page("warehouse: pick list", "/fulfilment")
                .exec(page("warehouse: shipments", "/shipments"))
                .exec(page("warehouse: stock", "/stock"));
        ChainBuilder finance = page("finance: invoices", "/finance/invoices")
                .exec(page("finance: overdue", "/finance/invoices?overdueOnly=true"));
        ChainBuilder manager = page("manager: dashboard", "/dashboard").exec(page("manager: orders", "/orders"));
        setUp(
                        role("P5 reps", "sales1", 0.5, rep),
                        role("P5 warehouse", "warehouse", 0.2, warehouse),
                        role("P5 finance", "finance", 0.15, finance),
                        role("P5 managers", "manager", 0.15, manager))
                .protocols(Load.protocol())
                .maxDuration(RAMP.plus(Load.DURATION).plusSeconds(60));
    }
}
