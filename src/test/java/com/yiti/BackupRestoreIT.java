package com.yiti;

import static org.assertj.core.api.Assertions.assertThat;

import com.yiti.customer.CustomerView;
import com.yiti.inventory.ProductType;
import com.yiti.inventory.ProductView;
import com.yiti.order.OrderManagement;
import com.yiti.order.OrderView;
import com.yiti.support.CrmFixtures;
import com.yiti.support.OrderFixtures;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Backup and restore as operations would run them (README "Operations"): {@code scripts/backup} while orders are
 * being written, {@code scripts/restore} into a new database, the application started on it, and then every
 * invariant checked there — the stock ledger equals the balances, the journal balances, each invoice's paid amount
 * and each payment's allocated amount equal their live allocations — and no order acknowledged before the backup
 * began is missing. In the verify phase (Failsafe): it takes about a minute.
 */
@YitiTest
class BackupRestoreIT {

    @Autowired
    TestUsers users;

    @Autowired
    CrmFixtures crm;

    @Autowired
    OrderFixtures fixtures;

    @Autowired
    OrderManagement orders;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${spring.datasource.url}")
    String url;

    @Value("${spring.datasource.username}")
    String user;

    @Test
    void aBackupTakenUnderWriteLoadRestoresIntoAWorkingApplicationWithEveryInvariantAndEveryAcknowledgedOrder()
            throws Exception {
        URI db = URI.create(url.substring("jdbc:".length()));
        String database = db.getPath().substring(1);
        String host = db.getHost();
        int port = db.getPort() < 0 ? 3306 : db.getPort();

        ProductView product = fixtures.product(ProductType.BOUGHT, "10.00", 2, "100000");
        CustomerView customer = crm.customerOf("sales1");
        Map<Long, Long> acknowledgedAt = new ConcurrentHashMap<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        Thread writer = new Thread(() -> {
            while (writing.get()) {
                OrderView draft = fixtures.draft("sales1", customer.id(), product, 1);
                users.runAs("sales1", () -> orders.confirm(draft.id(), null));
                acknowledgedAt.put(draft.id(), System.nanoTime());
            }
        });
        writer.start();
        Thread.sleep(1500);

        Path target = Files.createTempDirectory("yiti-backup");
        long backupStarted = System.nanoTime();
        String backupDir = run(
                        Map.of(
                                "YITI_DB_HOST", host,
                                "YITI_DB_PORT", String.valueOf(port),
                                "YITI_DB_USER", user,
                                "YITI_DB_NAME", database,
                                "YITI_ATTACHMENTS_DIR", "target/test-attachments"),
                        "scripts/backup",
                        target.toString())
                .strip();
        Thread.sleep(500);
        writing.set(false);
        writer.join();
        List<Long> beforeBackup = acknowledgedAt.entrySet().stream()
                .filter(e -> e.getValue() < backupStarted)
                .map(Map.Entry::getKey)
                .toList();
        assertThat(beforeBackup)
                .as("orders were written before and during the backup")
                .isNotEmpty();
        assertThat(acknowledgedAt).hasSizeGreaterThan(beforeBackup.size());

        String restored = database + "_restored_" + System.currentTimeMillis() % 1_000_000;
        run(
                Map.of("YITI_DB_HOST", host, "YITI_DB_PORT", String.valueOf(port), "YITI_DB_USER", user),
                "scripts/restore",
                backupDir,
                restored,
                target.resolve("attachments").toString());
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(YitiApplication.class)
                .profiles("test")
                .properties(
                        "spring.datasource.url=jdbc:mariadb://" + host + ":" + port + "/" + restored,
                        "server.port=0",
                        "yiti.demo-data=false",
                        "yiti.aftersales.attachments-dir=" + target.resolve("attachments"))
                .run()) {
            String port2 = app.getEnvironment().getProperty("local.server.port");
            HttpResponse<String> health = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port2 + "/actuator/health"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(health.body()).contains("UP");
            JdbcTemplate copy = app.getBean(JdbcTemplate.class);

            assertThat(copy.queryForObject(
                            "select count(*) from inv_stock_balance b where b.on_hand <> (select coalesce(sum(m.quantity), 0)"
                                    + " from inv_stock_move m where m.product_id = b.product_id"
                                    + " and m.warehouse_id = b.warehouse_id)",
                            Integer.class))
                    .as("the stock ledger equals the balances")
                    .isZero();
            assertThat(copy.queryForObject(
                            "select count(*) from inv_stock_balance b where b.reserved <> (select coalesce(sum(r.quantity), 0)"
                                    + " from inv_reservation r where r.product_id = b.product_id"
                                    + " and r.warehouse_id = b.warehouse_id)",
                            Integer.class))
                    .as("reservations equal the reserved quantities")
                    .isZero();
            assertThat(copy.queryForObject(
                            "select coalesce(sum(debit), 0) - coalesce(sum(credit), 0) from fin_journal_line",
                            java.math.BigDecimal.class))
                    .as("the journal balances")
                    .isZero();
            assertThat(copy.queryForObject(
                            "select count(*) from fin_invoice i where i.paid <> (select coalesce(sum(a.amount), 0)"
                                    + " from fin_allocation a where a.invoice_id = i.id and a.reversed_at is null)",
                            Integer.class))
                    .as("receivables: each invoice's paid amount is its live allocations")
                    .isZero();
            assertThat(copy.queryForObject(
                            "select count(*) from fin_payment p where p.allocated <> (select coalesce(sum(a.amount), 0)"
                                    + " from fin_allocation a where a.payment_id = p.id and a.reversed_at is null)",
                            Integer.class))
                    .isZero();
            List<Long> present = copy.queryForList("select id from ord_sales_order", Long.class);
            assertThat(present).as("no acknowledged order is missing").containsAll(beforeBackup);
        } finally {
            jdbc.execute("DROP DATABASE IF EXISTS `" + restored + "`");
        }
    }

    private static String run(Map<String, String> env, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor())
                .as(String.join(" ", command) + ": " + output)
                .isZero();
        String[] lines = output.strip().split("\n");
        return lines[lines.length - 1];
    }
}
