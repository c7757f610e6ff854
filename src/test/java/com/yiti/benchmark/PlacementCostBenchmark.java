package com.yiti.benchmark;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.customer.CustomerView;
import com.yiti.inventory.ProductType;
import com.yiti.inventory.ProductView;
import com.yiti.support.CrmFixtures;
import com.yiti.support.OrderFixtures;
import com.yiti.support.StatementCounter;
import com.yiti.support.YitiTest;
import jakarta.persistence.EntityManagerFactory;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What one 5-line order placed and confirmed in one request costs the application (issue 22, P1), measured without
 * the noise of a load run on a shared 2-core machine: CPU time of the request thread (the whole filter chain,
 * MockMvc), statements, and Hibernate's entity loads and flushes per order, after a warm-up. Reports to
 * target/benchmark-placement.md. Not a timed test: it fails only when a placement fails.
 * {@code ./mvnw test -Dtest=PlacementCostBenchmark -Dyiti.benchmark=true} (any database; the cost does not grow with
 * the data, which {@code RequestCostTests} checks for pages).
 */
@YitiTest
@EnabledIfSystemProperty(named = "yiti.benchmark", matches = "true")
@TestPropertySource(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class PlacementCostBenchmark {

    static final String SALES = "Bearer demo-sales1-key";

    @Autowired
    MockMvc mvc;

    @Autowired
    OrderFixtures fixtures;

    @Autowired
    CrmFixtures crm;

    @Autowired
    EntityManagerFactory emf;

    @Test
    void oneRequestPlacementCost() throws Exception {
        int warmUp = Integer.getInteger("yiti.benchmark.warmup", 1500);
        int measured = Integer.getInteger("yiti.benchmark.placements", 1000);
        CustomerView customer = crm.customerOf("sales1");
        List<ProductView> products = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            products.add(fixtures.product(ProductType.BOUGHT, "12.50", 2, "100000000"));
        }
        String body = body(customer, products);
        for (int i = 0; i < warmUp; i++) {
            place(body);
        }
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        List<String> sql = StatementCounter.record(() -> {
            for (int i = 0; i < measured; i++) {
                place(body);
            }
        });
        double cpuMs = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / measured;
        double wallMs = (System.nanoTime() - wall) / 1e6 / measured;
        String report = String.format(
                Locale.ROOT,
                "# Placement cost (5-line order, confirm=true, one request)%n%n"
                        + "| measure | per order |%n|---|---:|%n"
                        + "| request thread CPU ms | %.2f |%n| wall ms (one client, database included) | %.2f |%n"
                        + "| statements | %.1f |%n| transactions | %.1f |%n| entities loaded | %.1f |%n"
                        + "| entities fetched (lazy) | %.1f |%n| collections loaded | %.1f |%n| flushes | %.1f |%n"
                        + "| queries (HQL/criteria/native through Hibernate) | %.1f |%n%n"
                        + "%d placements measured after %d for warm-up.%n",
                cpuMs,
                wallMs,
                (double) sql.size() / measured,
                (double) stats.getTransactionCount() / measured,
                (double) stats.getEntityLoadCount() / measured,
                (double) stats.getEntityFetchCount() / measured,
                (double) stats.getCollectionLoadCount() / measured,
                (double) stats.getFlushCount() / measured,
                (double) stats.getQueryExecutionCount() / measured,
                measured,
                warmUp);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/benchmark-placement.md"), report, StandardCharsets.UTF_8);
        System.out.println(report);
    }

    private void place(String body) {
        try {
            mvc.perform(post("/api/v1/orders")
                            .param("confirm", "true")
                            .header("Authorization", SALES)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andExpect(status().isCreated());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String body(CustomerView customer, List<ProductView> products) {
        List<String> lines = new ArrayList<>();
        for (ProductView p : products) {
            lines.add("{\"productId\":" + p.id() + ",\"quantity\":2}");
        }
        return "{\"customerId\":" + customer.id() + ",\"warehouseId\":" + fixtures.warehouse() + ",\"lines\":["
                + String.join(",", lines) + "]}";
    }
}
