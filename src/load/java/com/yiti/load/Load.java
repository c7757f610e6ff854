package com.yiti.load;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What the simulations share: the application's address, how long to run, the customers and products to order (the
 * files scripts/load writes from the benchmark database), and the steps of the order flow over Yiti's API.
 */
final class Load {

    static final String BASE = System.getProperty("yiti.load.base", "http://127.0.0.1:18080");
    static final Duration DURATION = Duration.ofSeconds(Long.getLong("yiti.load.seconds", 60));
    static final int CLIENTS = Integer.getInteger("yiti.load.clients", 16);
    static final Path DIR = Path.of(System.getProperty("yiti.load.dir", "target/load"));

    static final String SALES = "Bearer demo-sales1-key";
    static final String WAREHOUSE = "Bearer demo-warehouse-key";
    static final String FINANCE = "Bearer demo-finance-key";

    static final List<Long> CUSTOMERS = ids("customers.csv");
    static final List<Long> PRODUCTS = ids("products.csv");
    static final String WAREHOUSE_ID = read("warehouse.txt").trim();

    private Load() {}

    static HttpProtocolBuilder protocol() {
        return http.baseUrl(BASE)
                .acceptHeader("application/json, text/html")
                .acceptLanguageHeader("zh-CN")
                .shareConnections()
                .disableCaching();
    }

    /** A 5-line order of one of sales1's customers, each line 2 of a different product. */
    static String orderBody() {
        return Orders.fiveLines(CUSTOMERS, PRODUCTS, WAREHOUSE_ID, "LOAD");
    }

    /** P1: the order with its lines, confirmed, in one request. */
    static ChainBuilder placeOrder() {
        return exec(session -> session.set("orderBody", orderBody()))
                .exec(http("place and confirm")
                        .post("/api/v1/orders?confirm=true")
                        .header("Authorization", SALES)
                        .header("Content-Type", "application/json")
                        .body(io.gatling.javaapi.core.CoreDsl.StringBody("#{orderBody}"))
                        .check(status().is(201))
                        .check(jsonPath("$.status").in("CONFIRMED", "PARTIALLY_SHIPPED", "CREDIT_HOLD"))
                        .check(jsonPath("$.status").saveAs("orderStatus"))
                        .check(jsonPath("$.id").saveAs("orderId"))
                        .check(jsonPath("$.customerId").saveAs("customerId"))
                        .check(jsonPath("$.lines[*].id").findAll().saveAs("lineIds")));
    }

    /** P2: ship everything, wait for the invoice (written after the shipment commits), pay it. */
    static ChainBuilder shipInvoicePay() {
        return exec(session -> session.set("shipmentBody", shipmentBody(session)))
                .exec(http("ship")
                        .post("/api/v1/shipments")
                        .header("Authorization", WAREHOUSE)
                        .header("Content-Type", "application/json")
                        .body(io.gatling.javaapi.core.CoreDsl.StringBody("#{shipmentBody}"))
                        .check(status().is(201)))
                .exec(session -> session.remove("invoiceId"))
                .exec(asLongAs(session -> !session.contains("invoiceId")
                                && session.getInt("invoicePolls") < 100)
                        .on(exec(session -> session.set("invoicePolls", session.getInt("invoicePolls") + 1))
                                .exec(http("find invoice")
                                        .get("/api/v1/invoices?orderId=#{orderId}")
                                        .header("Authorization", FINANCE)
                                        .check(status().is(200))
                                        .check(jsonPath("$.content[0].id")
                                                .optional()
                                                .saveAs("invoiceId"))
                                        .check(jsonPath("$.content[0].grossTotal")
                                                .optional()
                                                .saveAs("invoiceGross")))
                                .doIf(session -> !session.contains("invoiceId"))
                                .then(pause(Duration.ofMillis(50)))))
                .exec(session -> session.set("invoicePolls", 0))
                .exec(session -> session.set(
                        "paymentBody",
                        "{\"customerId\":" + session.getString("customerId") + ",\"amount\":"
                                + session.getString("invoiceGross")
                                + ",\"method\":\"BANK_TRANSFER\",\"reference\":\"LOAD\",\"allocations\":{\""
                                + session.getString("invoiceId") + "\":" + session.getString("invoiceGross") + "}}"))
                .exec(http("pay")
                        .post("/api/v1/payments")
                        .header("Authorization", FINANCE)
                        .header("Content-Type", "application/json")
                        .body(io.gatling.javaapi.core.CoreDsl.StringBody("#{paymentBody}"))
                        .check(status().is(201)));
    }

    private static String shipmentBody(Session session) {
        StringBuilder quantities = new StringBuilder();
        for (Object id : session.getList("lineIds")) {
            quantities.append(quantities.length() == 0 ? "" : ",")
                    .append('"')
                    .append(id)
                    .append("\":2");
        }
        return "{\"orderId\":" + session.getString("orderId") + ",\"quantities\":{" + quantities
                + "},\"carrier\":\"SF\",\"trackingNumber\":\"LOAD\"}";
    }

    /** Signs in through the login form (the virtual user keeps the session cookie). */
    static ChainBuilder signIn(String username) {
        return exec(http("login page").get("/login").check(css("input[name=_csrf]", "value").saveAs("csrf")))
                .exec(http("sign in")
                        .post("/login")
                        .formParam("username", username)
                        .formParam("password", "demo123")
                        .formParam("_csrf", "#{csrf}")
                        .check(status().is(200)));
    }

    static long randomCustomer() {
        return CUSTOMERS.get(ThreadLocalRandom.current().nextInt(CUSTOMERS.size()));
    }

    private static List<Long> ids(String file) {
        List<Long> ids = new ArrayList<>();
        for (String line : read(file).split("\n")) {
            if (!line.isBlank()) {
                ids.add(Long.valueOf(line.trim()));
            }
        }
        return ids;
    }

    private static String read(String file) {
        try {
            return Files.readString(DIR.resolve(file));
        } catch (IOException e) {
            throw new IllegalStateException("run scripts/load, which writes " + DIR.resolve(file), e);
        }
    }
}
