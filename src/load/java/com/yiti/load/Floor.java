package com.yiti.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The raw-JDBC floor for P1: the same 5-line order written as plainly as a database allows — one transaction with the
 * order's insert, five line inserts and five conditional reservation updates ({@code reserved + q} only while enough
 * is free), one commit: 11 statements. The same clients and products as the simulation, on the same database, in
 * tables of its own ({@code floor_*}, copied from the stock balances), so it competes for nothing of the
 * application's. Prints and writes {@code orders/s} and the p95 in ms to {@code target/load/floor.txt}.
 */
public final class Floor {

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("yiti.load.db", "jdbc:mariadb://127.0.0.1:3306/yiti_bench");
        int clients = Load.CLIENTS;
        long seconds = Load.DURATION.toSeconds();
        try (Connection c = DriverManager.getConnection(url, "root", "");
                Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS floor_line, floor_order, floor_balance");
            s.execute("CREATE TABLE floor_order (id BIGINT AUTO_INCREMENT PRIMARY KEY, customer_id BIGINT NOT NULL,"
                    + " warehouse_id BIGINT NOT NULL, status VARCHAR(20) NOT NULL, gross DECIMAL(19,2) NOT NULL,"
                    + " created_at DATETIME(6) NOT NULL)");
            s.execute("CREATE TABLE floor_line (id BIGINT AUTO_INCREMENT PRIMARY KEY, order_id BIGINT NOT NULL,"
                    + " product_id BIGINT NOT NULL, quantity DECIMAL(19,4) NOT NULL, unit_price DECIMAL(19,4) NOT NULL,"
                    + " reserved DECIMAL(19,4) NOT NULL, KEY ix_floor_line_order (order_id))");
            s.execute("CREATE TABLE floor_balance (product_id BIGINT PRIMARY KEY, on_hand DECIMAL(19,4) NOT NULL,"
                    + " reserved DECIMAL(19,4) NOT NULL)");
            s.execute("INSERT INTO floor_balance SELECT product_id, on_hand, reserved FROM inv_stock_balance"
                    + " WHERE warehouse_id = " + Load.WAREHOUSE_ID);
        }
        AtomicLong orders = new AtomicLong();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        List<Exception> failures = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < clients; i++) {
            Thread t = new Thread(() -> {
                try (Connection c = DriverManager.getConnection(url, "root", "")) {
                    c.setAutoCommit(false);
                    c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        placeOne(c);
                        latencies.add((System.nanoTime() - t0) / 1000);
                        orders.incrementAndGet();
                    }
                } catch (Exception e) {
                    failures.add(e);
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double perSecond = orders.get() / (double) seconds;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        double p95 = sorted.isEmpty() ? 0 : sorted.get((int) (sorted.size() * 0.95)) / 1000.0;
        String line = String.format("%.1f %.1f %d", perSecond, p95, failures.size());
        System.out.println("floor orders/s p95_ms errors: " + line);
        Files.createDirectories(Load.DIR);
        Files.writeString(Load.DIR.resolve("floor.txt"), line + "\n");
        if (!failures.isEmpty()) {
            failures.get(0).printStackTrace();
        }
    }

    private static void placeOne(Connection c) throws SQLException {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long customer = Load.CUSTOMERS.get(random.nextInt(Load.CUSTOMERS.size()));
        List<Long> products = new ArrayList<>();
        while (products.size() < 5) {
            long p = Load.PRODUCTS.get(random.nextInt(Load.PRODUCTS.size()));
            if (!products.contains(p)) {
                products.add(p);
            }
        }
        Collections.sort(products); // the same lock order as the application
        long orderId;
        try (PreparedStatement order = c.prepareStatement(
                "INSERT INTO floor_order (customer_id, warehouse_id, status, gross, created_at)"
                        + " VALUES (?, ?, 'CONFIRMED', 0, NOW(6))",
                Statement.RETURN_GENERATED_KEYS)) {
            order.setLong(1, customer);
            order.setLong(2, Long.parseLong(Load.WAREHOUSE_ID));
            order.executeUpdate();
            try (ResultSet keys = order.getGeneratedKeys()) {
                keys.next();
                orderId = keys.getLong(1);
            }
        }
        try (PreparedStatement line = c.prepareStatement(
                        "INSERT INTO floor_line (order_id, product_id, quantity, unit_price, reserved)"
                                + " VALUES (?, ?, 2, 10, 2)");
                PreparedStatement reserve = c.prepareStatement("UPDATE floor_balance SET reserved = reserved + 2"
                        + " WHERE product_id = ? AND on_hand - reserved >= 2")) {
            for (long p : products) {
                line.setLong(1, orderId);
                line.setLong(2, p);
                line.executeUpdate();
                reserve.setLong(1, p);
                reserve.executeUpdate();
            }
        }
        c.commit();
    }
}
