package com.yiti.benchmark;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.yiti.aftersales.TicketFilter;
import com.yiti.aftersales.TicketManagement;
import com.yiti.customer.CustomerFilter;
import com.yiti.customer.CustomerManagement;
import com.yiti.dashboard.DashboardManagement;
import com.yiti.dashboard.Period;
import com.yiti.finance.InvoiceFilter;
import com.yiti.finance.ReceivablesManagement;
import com.yiti.order.OrderFilter;
import com.yiti.order.OrderManagement;
import com.yiti.order.OrderStatus;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dashboard benchmark (not a test: it asserts nothing about time). Fills the database with
 * {@code yiti.benchmark.orders} orders (default one million) unless it holds them already, then reports the manager
 * dashboard's server time cold (first call) and warm (median of ten), the page as rendered, and the main drill-down
 * lists. Run it with {@code scripts/benchmark} (its own database); the report goes to target/benchmark-dashboard.md.
 */
@YitiTest
@EnabledIfSystemProperty(named = "yiti.benchmark", matches = "true")
class DashboardBenchmark {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestUsers users;

    @Autowired
    DashboardManagement dashboard;

    @Autowired
    ReceivablesManagement receivables;

    @Autowired
    com.yiti.finance.ReceivablesPosition position;

    @Autowired
    OrderManagement orders;

    @Autowired
    TicketManagement tickets;

    @Autowired
    CustomerManagement customers;

    @Autowired
    MockMvc mvc;

    @Autowired
    com.yiti.dashboard.internal.ReadModelQueries queries;

    @Autowired
    com.yiti.inventory.InventoryManagement inventory;

    @Autowired
    com.yiti.inventory.StockValuation valuation;

    @Test
    void report() throws Exception {
        int wanted = Integer.getInteger("yiti.benchmark.orders", 1_000_000);
        long have = jdbc.queryForObject("SELECT COUNT(*) FROM ord_sales_order", Long.class);
        if (have < wanted) {
            new DataGenerator(jdbc, dashboard.today()).generate((int) (wanted - have));
        }
        // what the hourly job keeps in a running system: today's stock value
        queries.keepStockValue(dashboard.today(), valuation.stockValue());
        Map<String, Object> volume = new LinkedHashMap<>();
        for (String table : List.of(
                "cus_customer",
                "inv_product",
                "ord_sales_order",
                "ord_order_line",
                "fin_invoice",
                "fin_invoice_line",
                "fin_payment",
                "aft_ticket",
                "opp_opportunity",
                "dsh_order_fact",
                "dsh_revenue_day",
                "dsh_revenue_customer",
                "dsh_revenue_product",
                "opp_pipeline_total")) {
            volume.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
        }
        LocalDate today = dashboard.today();
        List<String[]> results = new ArrayList<>();
        for (Period.Preset preset :
                List.of(Period.Preset.THIS_MONTH, Period.Preset.QUARTER_TO_DATE, Period.Preset.YEAR_TO_DATE)) {
            Period p = Period.of(preset, null, null, today);
            results.add(time(
                    "manager dashboard figures, " + preset, () -> users.runAs("manager", () -> dashboard.figures(p))));
        }
        Period month = Period.of(Period.Preset.THIS_MONTH, null, null, today);
        for (String section : List.of("revenue", "pipeline", "orders", "inventory", "receivables", "service")) {
            results.add(time(
                    "  section " + section + ", THIS_MONTH",
                    () -> users.runAs("manager", () -> dashboard.section(section, month))));
        }
        for (Period.Preset preset :
                List.of(Period.Preset.THIS_MONTH, Period.Preset.QUARTER_TO_DATE, Period.Preset.YEAR_TO_DATE)) {
            results.add(time("manager dashboard page (rendered), " + preset, () -> {
                try {
                    return mvc.perform(get("/dashboard")
                                    .param("period", preset.name())
                                    .with(users.as("manager")))
                            .andReturn()
                            .getResponse()
                            .getContentLength();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        for (String page : List.of("/", "/orders", "/finance/invoices")) {
            results.add(time("for comparison: page " + page + " (rendered)", () -> {
                try {
                    return mvc.perform(get(page).with(users.as("manager")))
                            .andReturn()
                            .getResponse()
                            .getContentLength();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        results.add(time(
                "sales manager dashboard (team), THIS_MONTH",
                () -> users.runAs(
                        "salesmgr", () -> dashboard.figures(Period.of(Period.Preset.THIS_MONTH, null, null, today)))));
        results.add(time(
                "drill-down: overdue invoices, first page",
                () -> users.runAs(
                        "finance",
                        () -> receivables.invoices(
                                new InvoiceFilter(null, null, null, true, null),
                                PageRequest.of(0, 20, Sort.by(Sort.Order.desc("id")))))));
        results.add(time(
                "drill-down: confirmed orders, first page",
                () -> users.runAs(
                        "manager",
                        () -> orders.search(
                                new OrderFilter(null, OrderStatus.CONFIRMED, null, null),
                                PageRequest.of(0, 20, Sort.by(Sort.Order.desc("id")))))));
        results.add(time(
                "drill-down: a rep's orders, first page",
                () -> users.runAs(
                        "sales1",
                        () -> orders.search(
                                new OrderFilter(null, null, null, null),
                                PageRequest.of(0, 20, Sort.by(Sort.Order.desc("id")))))));
        results.add(time(
                "drill-down: tickets, first page",
                () -> users.runAs(
                        "service",
                        () -> tickets.search(
                                new TicketFilter(null, null, null, null, null, null),
                                PageRequest.of(0, 20, Sort.by(Sort.Order.desc("id")))))));
        results.add(time(
                "drill-down: customers, first page",
                () -> users.runAs(
                        "manager",
                        () -> customers.search(CustomerFilter.none(), PageRequest.of(0, 20, Sort.by("name"))))));
        results.add(
                time("receivables aging (all customers)", () -> users.runAs("finance", () -> position.aging(today))));

        // exports read a list to its end: every invoice and every order once (timed once; they are long)
        List<String> exports = new ArrayList<>();
        for (String[] export : List.of(
                new String[] {"finance", "/finance/invoices/export.csv"},
                new String[] {"manager", "/orders/export.csv"})) {
            long start = System.nanoTime();
            byte[] body = mvc.perform(get(export[1]).with(users.as(export[0])))
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            long ms = (System.nanoTime() - start) / 1_000_000;
            long lines = new String(body, StandardCharsets.UTF_8).lines().count() - 1;
            exports.add("| export " + export[1] + " as " + export[0] + " | " + lines + " | " + ms + " |");
        }

        StringBuilder report = new StringBuilder("# Dashboard benchmark\n\n");
        report.append("Volume: ").append(volume).append("\n\n");
        report.append("| what | cold ms | warm ms (median of 10) | warm ms (slowest of 10) |\n|---|---:|---:|---:|\n");
        for (String[] r : results) {
            report.append("| ")
                    .append(r[0])
                    .append(" | ")
                    .append(r[1])
                    .append(" | ")
                    .append(r[2])
                    .append(" | ")
                    .append(r[3])
                    .append(" |\n");
        }
        report.append("\n| export | rows | ms |\n|---|---:|---:|\n");
        exports.forEach(line -> report.append(line).append("\n"));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/benchmark-dashboard.md"), report.toString(), StandardCharsets.UTF_8);
        System.out.println(report);
    }

    /**
     * Cold: the first call after start. Warm: the median and the slowest of ten calls after twenty more, as a server
     * that has run for a while has compiled the code paths (the first calls run interpreted).
     */
    private static String[] time(String what, Supplier<?> call) {
        long start = System.nanoTime();
        call.get();
        long cold = (System.nanoTime() - start) / 1_000_000;
        for (int i = 0; i < 20; i++) {
            call.get();
        }
        List<Long> warm = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long s = System.nanoTime();
            call.get();
            warm.add((System.nanoTime() - s) / 1_000_000);
        }
        warm.sort(Long::compare);
        return new String[] {
            what, String.valueOf(cold), String.valueOf(warm.get(warm.size() / 2)), String.valueOf(warm.get(9))
        };
    }
}
