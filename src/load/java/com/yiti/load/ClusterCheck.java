package com.yiti.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two-node check of {@code scripts/cluster test} (issue 22, docs/scale-out.md). Through nginx, which spreads
 * requests round robin over two nodes without sticky sessions, it runs a mixed load — reps placing and confirming
 * orders over the API with idempotency keys, the warehouse shipping them, signed-in users reading their pages — kills
 * one node with {@code kill -9} half way, goes on against the survivor, and then checks on the database:
 *
 * <ol>
 *   <li>users stay signed in: no page answered with the sign-in form or an error, before or after the kill;
 *   <li>no acknowledged order is lost or doubled: the orders of this run are exactly the acknowledged ones, each once
 *       (clients retry with the same key until they have an answer, as the API asks of them);
 *   <li>events run once: every shipment of the run has exactly one invoice (written by the asynchronous listener,
 *       resubmitted by the survivor when the dead node held it), no publication stays incomplete;
 *   <li>jobs run once: no task is open twice for one record;
 *   <li>files are shared: an attachment uploaded to the node that dies is read back through nginx from the survivor.
 * </ol>
 *
 * Prints one line per check and exits with 1 when any fails.
 */
public final class ClusterCheck {

    private static final String BASE = System.getProperty("yiti.cluster.base", "http://127.0.0.1:18090");
    private static final String NODE_A = System.getProperty("yiti.cluster.nodeA", "http://127.0.0.1:18091");
    private static final String DB = System.getProperty("yiti.load.db", "jdbc:mariadb://127.0.0.1:3306/yiti_cluster");
    private static final long SECONDS = Long.getLong("yiti.load.seconds", 60);
    private static final Path KILL_PID = Path.of(System.getProperty("yiti.cluster.killPid", "target/cluster/a.pid"));
    private static final int REPS = Integer.getInteger("yiti.cluster.reps", 6);
    private static final int SHIPPERS = Integer.getInteger("yiti.cluster.shippers", 2);
    private static final Duration GIVE_UP = Duration.ofSeconds(90);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final String run = "CLUSTER-" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();
    private final HttpClient api = client(null);
    private final Map<String, Long> acknowledgedOrders = new ConcurrentHashMap<>();
    private final Map<String, Long> acknowledgedShipments = new ConcurrentHashMap<>();
    private final LinkedBlockingQueue<JsonNode> toShip = new LinkedBlockingQueue<>();
    private final AtomicInteger retried = new AtomicInteger();
    private final AtomicInteger gaveUp = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger pages = new AtomicInteger();
    private final AtomicInteger pagesAfterKill = new AtomicInteger();
    private final List<String> pageFailures = Collections.synchronizedList(new ArrayList<>());
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Boolean> results = new LinkedHashMap<>();
    private volatile boolean killed;
    private volatile long endAt;

    private long warehouseId;
    private List<Long> customers;
    private List<Long> products;

    public static void main(String[] args) throws Exception {
        System.exit(new ClusterCheck().check() ? 0 : 1);
    }

    private boolean check() throws Exception {
        prepare();
        // a file stored by the node that will die, through a session signed in at nginx
        HttpClient service = client(new CookieManager());
        signIn(service, BASE, "service");
        long ticket = single("SELECT MIN(id) FROM aft_ticket");
        byte[] png = png();
        long attachment = upload(service, NODE_A, ticket, png);

        endAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < REPS; i++) {
            threads.add(start("rep-" + i, this::placeOrders));
        }
        for (int i = 0; i < SHIPPERS; i++) {
            threads.add(start("shipper-" + i, this::shipOrders));
        }
        for (String[] user : new String[][] {
            {"sales2", "/orders", "/customers"},
            {"manager", "/dashboard", "/orders"},
            {"warehouse", "/fulfilment", "/stock"},
            {"finance", "/finance/invoices", "/finance/payments"}
        }) {
            threads.add(start("browser-" + user[0], () -> browse(user)));
        }
        Thread.sleep(TimeUnit.SECONDS.toMillis(SECONDS / 2));
        long pid = Long.parseLong(Files.readString(KILL_PID).trim());
        new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start().waitFor();
        killed = true;
        System.out.printf("node A (pid %d) killed with kill -9 after %d s%n", pid, SECONDS / 2);
        for (Thread t : threads) {
            t.join();
        }

        // after the kill only node B answers: the file node A stored, read through nginx
        byte[] back = download(service, BASE, ticket, attachment);
        results.put("files shared: an attachment stored by node A read back from node B", Arrays.equals(png, back));

        results.put(
                "users stayed signed in: " + pages + " pages (" + pagesAfterKill + " after the kill), "
                        + pageFailures.size() + " signed out or failed " + firstOf(pageFailures),
                pageFailures.isEmpty() && pagesAfterKill.get() > 0);
        verifyOrders();
        verifyEventsAndJobs();
        results.forEach((what, ok) -> System.out.println((ok ? "PASS  " : "FAIL  ") + what));
        if (!failures.isEmpty()) {
            System.out.println("client failures: " + failures.subList(0, Math.min(5, failures.size())));
        }
        return !results.containsValue(false) && killed;
    }

    private void prepare() throws SQLException {
        warehouseId = single("SELECT id FROM inv_warehouse WHERE code = 'SH01'");
        customers = ids("SELECT c.id FROM cus_customer c JOIN plt_user u ON u.id = c.owner_id"
                + " WHERE u.username = 'sales2' AND c.status = 'ACTIVE' AND NOT EXISTS (SELECT 1 FROM fin_invoice i"
                + " WHERE i.customer_id = c.id AND i.status IN ('ISSUED', 'PARTIALLY_PAID')"
                + " AND i.due_date < CURRENT_DATE)");
        products = ids("SELECT id FROM inv_product WHERE type = 'BOUGHT' AND active = TRUE ORDER BY id");
        if (customers.isEmpty() || products.size() < 5) {
            throw new IllegalStateException("the database holds no demo data: start the nodes with demo data on");
        }
        try (Connection c = connection();
                Statement s = c.createStatement()) {
            // plenty of stock, so every order confirms and ships (this database is the check's own)
            s.executeUpdate("UPDATE inv_stock_balance SET on_hand = reserved + 1000000 WHERE warehouse_id = "
                    + warehouseId + " AND product_id IN (SELECT id FROM inv_product WHERE type = 'BOUGHT')");
            // and credit to match
            s.executeUpdate("UPDATE cus_customer SET credit_limit = 100000000 WHERE id IN (" + join(customers) + ")");
        }
        System.out.printf(
                "run %s: %d s, %d reps, %d shippers, 4 signed-in users, %d customers, %d products%n",
                run, SECONDS, REPS, SHIPPERS, customers.size(), products.size());
    }

    /** A rep: one order after another, each sent with its own key until an answer arrives. */
    private void placeOrders() {
        while (System.nanoTime() < endAt) {
            String key = UUID.randomUUID().toString();
            HttpResponse<String> answer = sendUntilAnswered(
                    key, "POST", "/api/v1/orders?confirm=true", orderBody(), "demo-sales2-key");
            JsonNode order = created(answer, "order");
            if (order == null) {
                continue;
            }
            acknowledgedOrders.put(key, order.get("id").asLong());
            if ("CONFIRMED".equals(order.get("status").asString())) {
                toShip.add(order);
            }
        }
    }

    /** The warehouse: ships each confirmed order in full, with a key per shipment. */
    private void shipOrders() {
        while (System.nanoTime() < endAt || !toShip.isEmpty()) {
            JsonNode order;
            try {
                order = toShip.poll(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (order == null) {
                continue;
            }
            StringBuilder quantities = new StringBuilder();
            for (JsonNode line : order.get("lines")) {
                quantities
                        .append(quantities.length() == 0 ? "" : ",")
                        .append('"')
                        .append(line.get("id").asLong())
                        .append("\":")
                        .append(line.get("quantity").asString());
            }
            String body = "{\"orderId\":" + order.get("id").asLong() + ",\"quantities\":{" + quantities
                    + "},\"carrier\":\"SF\",\"trackingNumber\":\"" + run + "\"}";
            String key = UUID.randomUUID().toString();
            HttpResponse<String> answer = sendUntilAnswered(key, "POST", "/api/v1/shipments", body, "demo-warehouse-key");
            JsonNode shipment = created(answer, "shipment");
            if (shipment != null) {
                acknowledgedShipments.put(key, shipment.get("id").asLong());
            }
        }
    }

    /** The created record of a 201, or null: given up (counted already) or refused (counted here). */
    private JsonNode created(HttpResponse<String> answer, String what) {
        if (answer == null) {
            return null;
        }
        if (answer.statusCode() != 201) {
            refused.incrementAndGet();
            failures.add(what + " " + answer.statusCode() + " " + abbreviate(answer.body()));
            return null;
        }
        return JSON.readTree(answer.body());
    }

    /**
     * Sends a change until it is answered: a broken connection, or nginx's 502/504 when the node died with the
     * request, says nothing of whether it was done, so the same request goes again with the same key; 503 (a
     * deadlock victim tried twice) also goes again. Any other answer is final.
     */
    private HttpResponse<String> sendUntilAnswered(String key, String method, String path, String body, String apiKey) {
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        boolean first = true;
        while (System.nanoTime() < deadline) {
            if (!first) {
                retried.incrementAndGet();
                sleep(250);
            }
            first = false;
            try {
                HttpResponse<String> response = api.send(
                        HttpRequest.newBuilder(URI.create(BASE + path))
                                .timeout(Duration.ofSeconds(30))
                                .header("Authorization", "Bearer " + apiKey)
                                .header("Idempotency-Key", key)
                                .header("Content-Type", "application/json")
                                .header("Accept", "application/json")
                                .method(method, HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status == 502 || status == 503 || status == 504) {
                    continue;
                }
                return response;
            } catch (IOException e) {
                // no answer: try again with the same key
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        gaveUp.incrementAndGet();
        return null;
    }

    /** A signed-in user reading two pages in turn, half a second apart, through nginx. */
    private void browse(String[] user) {
        HttpClient browser = client(new CookieManager());
        try {
            signIn(browser, BASE, user[0]);
        } catch (Exception e) {
            pageFailures.add(user[0] + " could not sign in: " + e);
            return;
        }
        int i = 0;
        while (System.nanoTime() < endAt) {
            String path = user[1 + (i++ % 2)];
            boolean afterKill = killed;
            try {
                HttpResponse<String> page = browser.send(
                        HttpRequest.newBuilder(URI.create(BASE + path))
                                .timeout(Duration.ofSeconds(30))
                                .header("Accept-Language", "zh-CN")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (page.statusCode() != 200) {
                    pageFailures.add(user[0] + " " + path + " " + page.statusCode());
                } else if (page.uri().getPath().startsWith("/login")) {
                    pageFailures.add(user[0] + " " + path + " signed out");
                } else {
                    pages.incrementAndGet();
                    if (afterKill) {
                        pagesAfterKill.incrementAndGet();
                    }
                }
            } catch (IOException e) {
                pageFailures.add(user[0] + " " + path + " " + e);
            } catch (InterruptedException e) {
                return;
            }
            sleep(500);
        }
    }

    private void verifyOrders() throws SQLException {
        Set<Long> acknowledged = Set.copyOf(acknowledgedOrders.values());
        List<Long> stored = ids("SELECT id FROM ord_sales_order WHERE customer_reference = '" + run + "'");
        boolean same = acknowledged.size() == acknowledgedOrders.size()
                && stored.size() == acknowledged.size()
                && acknowledged.containsAll(stored);
        results.put(
                "orders: " + acknowledgedOrders.size() + " acknowledged, " + stored.size() + " stored, "
                        + acknowledged.size() + " distinct; " + retried + " requests retried with their key, "
                        + gaveUp + " given up, " + refused + " refused",
                same && gaveUp.get() == 0 && refused.get() == 0 && !stored.isEmpty());
        Set<Long> shipments = Set.copyOf(acknowledgedShipments.values());
        List<Long> storedShipments = ids("SELECT id FROM ord_shipment WHERE tracking_number = '" + run + "'");
        results.put(
                "shipments: " + acknowledgedShipments.size() + " acknowledged, " + storedShipments.size()
                        + " stored",
                shipments.size() == acknowledgedShipments.size()
                        && storedShipments.size() == shipments.size()
                        && shipments.containsAll(storedShipments)
                        && !storedShipments.isEmpty());
    }

    private void verifyEventsAndJobs() throws SQLException, InterruptedException {
        String runShipments = "SELECT id FROM ord_shipment WHERE tracking_number = '" + run + "'";
        // an invoice the dead node was writing is resubmitted by the survivor after a minute (EventResubmission)
        long waitUntil = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        long missing;
        long incomplete;
        do {
            missing = single("SELECT COUNT(*) FROM ord_shipment s WHERE s.tracking_number = '" + run + "'"
                    + " AND NOT EXISTS (SELECT 1 FROM fin_invoice i WHERE i.shipment_id = s.id)");
            incomplete = single("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL");
            if (missing == 0 && incomplete == 0) {
                break;
            }
            Thread.sleep(2000);
        } while (System.nanoTime() < waitUntil);
        long doubled = single("SELECT COUNT(*) FROM (SELECT shipment_id FROM fin_invoice WHERE shipment_id IN ("
                + runShipments + ") GROUP BY shipment_id HAVING COUNT(*) > 1) d");
        long invoices = single("SELECT COUNT(*) FROM fin_invoice WHERE shipment_id IN (" + runShipments + ")");
        results.put(
                "events once: " + invoices + " invoices for the run's shipments, " + missing + " missing, " + doubled
                        + " doubled, " + incomplete + " publications incomplete",
                missing == 0 && doubled == 0 && incomplete == 0);
        long facts = single("SELECT COUNT(*) FROM dsh_order_fact f JOIN ord_sales_order o ON o.id = f.order_id"
                + " WHERE o.customer_reference = '" + run + "'");
        results.put(
                "read models: " + facts + " dashboard facts for " + acknowledgedOrders.size() + " orders",
                facts == acknowledgedOrders.size());
        long twice = single("SELECT COUNT(*) FROM (SELECT rule, record_ref FROM plt_task WHERE status = 'OPEN'"
                + " AND record_ref IS NOT NULL GROUP BY rule, record_ref HAVING COUNT(*) > 1) d");
        long locks = single("SELECT COUNT(*) FROM shedlock");
        results.put(
                "jobs once: " + twice + " tasks open twice for one record (" + locks + " job locks in shedlock)",
                twice == 0 && locks > 0);
    }

    private static void signIn(HttpClient client, String base, String username) throws Exception {
        String form = client.send(
                        HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        String body = "username=" + username + "&password=demo123&_csrf=" + csrf(form);
        HttpResponse<String> after = client.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (after.uri().getPath().startsWith("/login")) {
            throw new IllegalStateException(username + " could not sign in");
        }
    }

    private static long upload(HttpClient client, String node, long ticket, byte[] content) throws Exception {
        String page = client.send(
                        HttpRequest.newBuilder(URI.create(node + "/tickets/" + ticket)).GET().build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        String boundary = "----yiti" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf(page)
                        + "\r\n--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cluster.png\"\r\n"
                        + "Content-Type: image/png\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        HttpResponse<String> after = client.send(
                HttpRequest.newBuilder(URI.create(node + "/tickets/" + ticket + "/attachments"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher link = Pattern.compile("/tickets/" + ticket + "/attachments/(\\d+)").matcher(after.body());
        long id = -1;
        while (link.find()) {
            id = Math.max(id, Long.parseLong(link.group(1)));
        }
        if (id < 0) {
            throw new IllegalStateException("the upload to node A was not shown: " + after.statusCode());
        }
        return id;
    }

    private static byte[] download(HttpClient client, String base, long ticket, long attachment) throws Exception {
        HttpResponse<byte[]> file = client.send(
                HttpRequest.newBuilder(URI.create(base + "/tickets/" + ticket + "/attachments/" + attachment))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return file.statusCode() == 200 ? file.body() : new byte[0];
    }

    /** A small PNG of random bytes after a valid signature: the application decides the type by the first bytes. */
    private static byte[] png() {
        byte[] b = new byte[4096];
        ThreadLocalRandom.current().nextBytes(b);
        byte[] signature = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A};
        System.arraycopy(signature, 0, b, 0, signature.length);
        return b;
    }

    private String orderBody() {
        return Orders.fiveLines(customers, products, warehouseId, run);
    }

    private static Thread start(String name, Runnable work) {
        Thread t = new Thread(work, name);
        t.start();
        return t;
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        return m.group(1);
    }

    private static HttpClient client(CookieManager cookies) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NORMAL);
        if (cookies != null) {
            builder.cookieHandler(cookies);
        }
        return builder.build();
    }

    private static Connection connection() throws SQLException {
        return DriverManager.getConnection(DB, "root", "");
    }

    private static long single(String sql) throws SQLException {
        try (Connection c = connection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static List<Long> ids(String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = connection();
                PreparedStatement s = c.prepareStatement(sql);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        return ids;
    }

    private static String join(List<Long> ids) {
        StringBuilder b = new StringBuilder();
        for (long id : ids) {
            b.append(b.length() == 0 ? "" : ",").append(id);
        }
        return b.toString();
    }

    private static String firstOf(List<String> list) {
        return list.isEmpty() ? "" : "(first: " + list.get(0) + ")";
    }

    private static String abbreviate(String s) {
        return s == null || s.length() <= 200 ? s : s.substring(0, 200);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
