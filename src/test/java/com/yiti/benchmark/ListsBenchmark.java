package com.yiti.benchmark;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.yiti.support.StatementCounter;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The list benchmark (issue 22, P3; not a test: it asserts nothing about time). On the benchmark database (run
 * {@code scripts/benchmark} first), every list page and list API of the large tables — first page, page 500, each
 * filter, each offered sort, search by number and by name — is called as the role that uses it, after every URL was
 * called five times to warm the server up: once more (the "first" column), then twenty more whose median and 95th
 * percentile of server time are reported, with the statements the
 * request ran and what MariaDB's EXPLAIN says of each: "index" when every table is read through an index, else the
 * table scanned or sorted and how many rows the plan expects. The report goes to target/benchmark-lists.md.
 */
@YitiTest
@EnabledIfSystemProperty(named = "yiti.benchmark", matches = "true")
class ListsBenchmark {

    /** A plan that reads or sorts more rows than this without an index is reported. */
    static final long LARGE = 5_000;

    /** Rows a walk in index order reads at most for page 500 (offset 10,000, a page, the capped count's 1,000). */
    static final long BOUNDED = 11_100;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestUsers users;

    @Autowired
    MockMvc mvc;

    @Autowired
    com.yiti.customer.internal.CustomerSearchIndex searchIndex;

    @Autowired
    com.yiti.aftersales.SlaTasks slaTasks;

    @Test
    void report() throws Exception {
        long orders = jdbc.queryForObject("SELECT COUNT(*) FROM ord_sales_order", Long.class);
        String number = jdbc.queryForObject(
                "SELECT number FROM ord_sales_order WHERE id = (SELECT MAX(id) - 1000 FROM ord_sales_order)",
                String.class);
        String customerName = jdbc.queryForObject(
                "SELECT name FROM cus_customer WHERE id = (SELECT MAX(id) - 500 FROM cus_customer)", String.class);
        long customer = jdbc.queryForObject(
                "SELECT customer_id FROM ord_sales_order WHERE id = (SELECT MAX(id) - 1000 FROM ord_sales_order)",
                Long.class);
        String invoiceNumber = jdbc.queryForObject(
                "SELECT number FROM fin_invoice WHERE id = (SELECT MAX(id) - 1000 FROM fin_invoice)", String.class);
        String word = customerName.length() > 4 ? customerName.substring(1, 4) : customerName;
        // the end of the customer's name (its distinctive part, a fragment someone remembers)
        String nameEnd =
                customerName.substring(Math.max(0, customerName.length() - 6)).trim();
        String digits = number.substring(number.length() - 4);

        // what the application's jobs do soon after a start (decision 030): customers from before the search index are
        // indexed and the running tickets' SLA marks stamped; timed, as an upgrade of this size would run them
        long started = System.nanoTime();
        int indexed = searchIndex.indexPending();
        long indexMs = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        slaTasks.refreshSlaTasks();
        long slaMs = (System.nanoTime() - started) / 1_000_000;

        Map<String, List<String>> cases = new LinkedHashMap<>();
        cases.put(
                "manager",
                List.of(
                        "/orders",
                        "/orders?page=500",
                        "/orders?status=CONFIRMED",
                        "/orders?customerId=" + customer,
                        "/orders?q=" + number,
                        "/orders?q=SO-",
                        "/orders?q=" + word,
                        "/orders?q=" + digits,
                        "/api/v1/orders",
                        "/api/v1/orders?page=500",
                        "/api/v1/orders?after=0&size=100",
                        "/api/v1/orders?status=SHIPPED",
                        "/customers",
                        "/customers?page=500",
                        "/customers?q=" + customerName,
                        "/customers?q=" + word,
                        "/customers?q=" + nameEnd,
                        "/customers?sort=createdAt,desc",
                        "/customers?sort=tier",
                        "/customers?tier=A",
                        "/api/v1/customers?q=" + customerName,
                        "/opportunities",
                        "/opportunities?page=500",
                        "/opportunities?sort=amount,desc",
                        "/opportunities?sort=title",
                        "/opportunities?sort=createdAt,desc",
                        "/opportunities?stage=NEGOTIATION",
                        "/api/v1/opportunities",
                        "/quotations",
                        "/shipments",
                        "/search?q=" + number,
                        "/search?q=" + customerName,
                        "/search?q=" + nameEnd));
        cases.put(
                "sales1",
                List.of(
                        "/",
                        "/orders",
                        "/orders?page=50",
                        "/orders?q=" + word,
                        "/customers",
                        "/customers?q=" + word,
                        "/opportunities",
                        "/opportunities?sort=amount,desc",
                        "/leads",
                        "/quotations"));
        cases.put(
                "finance",
                List.of(
                        "/finance/invoices",
                        "/finance/invoices?page=500",
                        "/finance/invoices?overdue=true",
                        "/finance/invoices?q=" + invoiceNumber,
                        "/finance/invoices?customerId=" + customer,
                        "/finance/payments",
                        "/finance/payments?page=500",
                        "/finance/journal",
                        "/finance/credit?q=" + nameEnd,
                        "/api/v1/invoices",
                        "/api/v1/payments"));
        cases.put("warehouse", List.of("/fulfilment", "/shipments", "/stock", "/stock/moves", "/products"));
        cases.put(
                "service",
                List.of(
                        "/tickets",
                        "/tickets?page=500",
                        "/tickets?status=IN_PROGRESS",
                        "/tickets?sla=BREACHED",
                        "/tickets?sla=AT_RISK",
                        "/tickets?sla=ON_TRACK",
                        "/tickets?customerId=" + customer,
                        "/api/v1/tickets"));

        List<String> rows = new ArrayList<>();
        int within = 0;
        int all = 0;
        // -Dyiti.benchmark.only=/orders measures only the URLs that contain it
        String only = System.getProperty("yiti.benchmark.only", "");
        // a server that has run a while has compiled its code paths: every URL five times before any is measured
        // (the cold column is then the first measured call, caches and JIT warm, the database's pages as they are)
        for (int round = 0; round < 5; round++) {
            for (var e : cases.entrySet()) {
                for (String url : e.getValue()) {
                    if (url.contains(only)) {
                        call(e.getKey(), url);
                    }
                }
            }
        }
        for (var e : cases.entrySet()) {
            for (String url : e.getValue()) {
                if (!url.contains(only)) {
                    continue;
                }
                rows.add(measure(e.getKey(), url));
                all++;
                if (rows.get(rows.size() - 1).contains("| ok |")) {
                    within++;
                }
            }
        }
        StringBuilder report = new StringBuilder("# List benchmark (P3)\n\n");
        report.append(orders)
                .append(" orders. ")
                .append(within)
                .append(" of ")
                .append(all)
                .append(" URLs within 50 ms p95 with an index for every table.\n\n")
                .append("Before measuring: ")
                .append(indexed)
                .append(" customers indexed for search in ")
                .append(indexMs)
                .append(" ms; running tickets' SLA marks stamped in ")
                .append(slaMs)
                .append(" ms.\n\n")
                .append("| role | URL | status | statements | first ms | p50 ms | p95 ms | verdict | EXPLAIN |\n")
                .append("|---|---|---:|---:|---:|---:|---:|---|---|\n");
        rows.forEach(r -> report.append(r).append('\n'));
        report.append("\nThe slowest statement of each URL over its budget (the first measured call):\n\n");
        details.forEach(d -> report.append(d).append('\n'));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/benchmark-lists.md"), report.toString(), StandardCharsets.UTF_8);
        System.out.println(report);
    }

    private final List<String> details = new ArrayList<>();

    private String measure(String user, String url) throws Exception {
        int[] status = new int[1];
        long start = System.nanoTime();
        List<StatementCounter.Executed> statements = StatementCounter.recordWithParameters(() -> {
            try {
                status[0] = call(user, url);
            } catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        });
        long cold = (System.nanoTime() - start) / 1_000_000;
        List<Long> warm = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long s = System.nanoTime();
            call(user, url);
            warm.add((System.nanoTime() - s) / 1_000_000);
        }
        warm.sort(Long::compare);
        long p50 = warm.get(10);
        long p95 = warm.get(18);
        Set<String> findings = new LinkedHashSet<>();
        for (var statement : statements) {
            findings.addAll(explain(statement));
        }
        boolean ok = status[0] == 200 && p95 <= 50 && findings.isEmpty();
        var slowest = statements.stream()
                .max(java.util.Comparator.comparingLong(StatementCounter.Executed::millis))
                .orElse(null);
        if (Boolean.getBoolean("yiti.benchmark.statements")) {
            statements.forEach(st -> System.out.println("STATEMENT " + url + " " + st.millis() + " ms: "
                    + st.sql().substring(0, Math.min(300, st.sql().length())) + " " + st.parameters()));
        }
        if (!ok && slowest != null) {
            details.add("- `" + url + "` (" + user + "): slowest statement " + slowest.millis() + " ms: `"
                    + slowest.sql().substring(0, Math.min(400, slowest.sql().length())) + "` " + slowest.parameters());
        }
        return "| " + user + " | `" + url + "` | " + status[0] + " | " + statements.size() + " | " + cold + " | " + p50
                + " | " + p95 + " | " + (ok ? "ok" : "**over**") + " | "
                + (findings.isEmpty() ? "index" : String.join("; ", findings)) + " |";
    }

    private int call(String user, String url) throws Exception {
        var request = get(url);
        if (url.startsWith("/api/")) {
            request.header("Authorization", "Bearer demo-" + user + "-key");
        } else {
            request.with(users.as(user));
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    /** What EXPLAIN says of one select: each table read without an index or sorted, over {@link #LARGE} rows. */
    private List<String> explain(StatementCounter.Executed statement) {
        String sql = statement.sql().trim();
        if (!sql.regionMatches(true, 0, "select", 0, 6) && !sql.regionMatches(true, 0, "with", 0, 4)) {
            return List.of();
        }
        return jdbc.execute((java.sql.Connection c) -> {
            List<String> found = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("EXPLAIN " + sql)) {
                int i = 1;
                for (Object value : statement.parameters()) {
                    ps.setObject(i++, value);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String table = rs.getString("table");
                        String type = rs.getString("type");
                        long planned = rs.getLong("rows");
                        String extra = String.valueOf(rs.getString("Extra"));
                        if (planned <= LARGE || table == null || table.startsWith("<")) {
                            continue;
                        }
                        if ("ALL".equals(type) || "index".equals(type) && !extra.contains("Using index")) {
                            found.add("scan " + table + " (" + planned + " rows)");
                        } else if (extra.contains("filesort")) {
                            found.add("sort " + table + " (" + planned + " rows, " + rs.getString("key") + ")");
                        }
                    }
                }
            } catch (java.sql.SQLException e) {
                found.add("EXPLAIN failed: " + e.getMessage());
            }
            return found;
        });
    }
}
