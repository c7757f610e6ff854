package com.yiti.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.yiti.production.MaterialsPlanning;
import com.yiti.production.MrpRunStatus;
import com.yiti.production.MrpRunView;
import com.yiti.production.internal.MrpEngine;
import com.yiti.production.internal.MrpInputs;
import com.yiti.support.YitiTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The material planning benchmark (issue 17; not a test: it asserts nothing about time). Fills its database, unless
 * it holds them already, with 20,000 products — 2,000 finished goods over 3,000 + 3,000 sub-assemblies in bills
 * three levels deep, routed at the demo work centres, and 12,000 bought parts with some stock — and 100,000 open
 * order lines' plan lines; then times full runs (read, compute, write) and reports to target/benchmark-mrp.md.
 * {@code ./scripts/benchmark-mrp} runs it on its own database.
 */
@YitiTest
@EnabledIfSystemProperty(named = "yiti.benchmark", matches = "true")
class MrpBenchmark {

    static final int TOP = 2_000;
    static final int SUB = 3_000;
    static final int SUB2 = 3_000;
    static final int BOUGHT = 12_000;
    static final int ORDER_LINES = 100_000;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MaterialsPlanning planning;

    @Autowired
    MrpInputs inputs;

    @Test
    void fullRunsAtTwentyThousandProductsAndAHundredThousandOrderLines() throws Exception {
        long fillStart = System.nanoTime();
        boolean filled = fill();
        long fillMs = (System.nanoTime() - fillStart) / 1_000_000;

        // the parts of a run, measured apart: reading everything, and the computation in memory
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        long t0 = System.nanoTime();
        MrpInputs.Snapshot in = inputs.read(today);
        long readMs = (System.nanoTime() - t0) / 1_000_000;
        long t1 = System.nanoTime();
        MrpEngine.Result result =
                new MrpEngine(in.items(), in.bills(), in.leadTimes(), today).run(in.demands(), in.supplies());
        long computeMs = (System.nanoTime() - t1) / 1_000_000;

        List<MrpRunView> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            MrpRunView run = planning.runNow("BENCHMARK", "benchmark");
            assertThat(run.status()).as(run.error()).isEqualTo(MrpRunStatus.DONE);
            runs.add(run);
        }
        long pegs = jdbc.queryForObject("select count(*) from prd_mrp_peg", Long.class);
        StringBuilder report = new StringBuilder("# Material planning benchmark\n\n")
                .append(in.items().size())
                .append(" products planned, ")
                .append(in.bills().size())
                .append(" bills in force, ")
                .append(in.demands().size())
                .append(" independent demands, ")
                .append(in.supplies().size())
                .append(" supplies; ")
                .append(filled ? "filled now in " + fillMs + " ms" : "data already there")
                .append(".\n\nOne run's parts: read ")
                .append(readMs)
                .append(" ms, compute ")
                .append(computeMs)
                .append(" ms (")
                .append(result.proposals().size())
                .append(" proposals, ")
                .append(result.demands())
                .append(
                        " demands netted with the dependent ones).\n\n| run | total ms | products | demands | proposals |"
                                + " late |\n|---|---:|---:|---:|---:|---:|\n");
        for (MrpRunView r : runs) {
            report.append("| ")
                    .append(r.id())
                    .append(" | ")
                    .append(r.durationMs())
                    .append(" | ")
                    .append(r.productsPlanned())
                    .append(" | ")
                    .append(r.demands())
                    .append(" | ")
                    .append(r.proposals())
                    .append(" | ")
                    .append(r.lateProposals())
                    .append(" |\n");
        }
        report.append("\n").append(pegs).append(" pegs written by the last run (with firmed ones kept).\n");
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/benchmark-mrp.md"), report.toString(), StandardCharsets.UTF_8);
        System.out.println(report);
    }

    /** The benchmark's products, bills, routings, stock and plan lines, unless they are there; true when filled. */
    boolean fill() {
        if (jdbc.queryForObject("select count(*) from inv_product where sku like 'MB-%'", Long.class) > 0) {
            return false;
        }
        Random random = new Random(17);
        long warehouse = inputs.plantWarehouse();
        List<Long> centres = jdbc.queryForList("select id from prd_work_centre where active = true", Long.class);
        assertThat(centres).as("the demo work centres").isNotEmpty();
        List<Long> top = products("MB-T", TOP, "MADE", 5);
        List<Long> sub = products("MB-S", SUB, "MADE", 5);
        List<Long> sub2 = products("MB-U", SUB2, "MADE", 5);
        List<Long> bought = products("MB-B", BOUGHT, "BOUGHT", 20);
        bills(top, sub, 2, bought, 2, random);
        bills(sub, sub2, 2, bought, 2, random);
        bills(sub2, List.of(), 0, bought, 3, random);
        List<Object[]> routings = new ArrayList<>();
        for (List<Long> made : List.of(top, sub, sub2)) {
            for (long p : made) {
                routings.add(new Object[] {p});
            }
        }
        jdbc.batchUpdate("insert into prd_routing (product_id, lot_size, version) values (?, 1, 0)", routings);
        List<Object[]> ops = new ArrayList<>();
        for (long routing : jdbc.queryForList(
                "select r.id from prd_routing r join inv_product p on p.id = r.product_id where p.sku like 'MB-%'",
                Long.class)) {
            ops.add(new Object[] {routing, centres.get(random.nextInt(centres.size()))});
        }
        jdbc.batchUpdate(
                "insert into prd_routing_operation (routing_id, seq, work_centre_id, description, setup_minutes,"
                        + " run_minutes) values (?, 10, ?, 'op', 30, 6)",
                ops);
        List<Object[]> stock = new ArrayList<>();
        for (long p : bought) {
            stock.add(new Object[] {p, warehouse, random.nextInt(200)});
        }
        jdbc.batchUpdate(
                "insert into inv_stock_balance (product_id, warehouse_id, on_hand, reserved, version)"
                        + " values (?, ?, ?, 0, 0)",
                stock);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        List<Object[]> lines = new ArrayList<>();
        for (int i = 1; i <= ORDER_LINES; i++) {
            lines.add(new Object[] {
                top.get(random.nextInt(top.size())),
                warehouse,
                1 + random.nextInt(5),
                Date.valueOf(today.plusDays(1 + random.nextInt(90))),
                "MB-SO-" + i,
                -i
            });
            if (lines.size() == 5_000) {
                planLines(lines);
            }
        }
        planLines(lines);
        return true;
    }

    void planLines(List<Object[]> lines) {
        jdbc.batchUpdate(
                "insert into prd_plan_line (product_id, warehouse_id, quantity, need_by, source, order_number,"
                        + " order_line_id, status, version) values (?, ?, ?, ?, 'ORDER', ?, ?, 'OPEN', 0)",
                lines);
        lines.clear();
    }

    List<Long> products(String prefix, int count, String type, int leadDays) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String sku = prefix + String.format("%05d", i);
            rows.add(new Object[] {sku, "基准 " + sku, "Bench " + sku, type, leadDays});
        }
        jdbc.batchUpdate(
                "insert into inv_product (sku, name_zh, name_en, unit, type, list_price, standard_cost, tax_rate,"
                        + " lead_time_days, reorder_point, reorder_quantity, active, version) values"
                        + " (?, ?, ?, '个', ?, 100, 50, 0.13, ?, 0, 0, true, 0)",
                rows);
        return jdbc.queryForList("select id from inv_product where sku like ? order by id", Long.class, prefix + "%");
    }

    void bills(List<Long> parents, List<Long> made, int madeCount, List<Long> bought, int boughtCount, Random r) {
        List<Object[]> heads = new ArrayList<>();
        for (long p : parents) {
            heads.add(new Object[] {p});
        }
        jdbc.batchUpdate(
                "insert into prd_bom (product_id, version_no, status, version) values (?, 1, 'ACTIVE', 0)", heads);
        List<Object[]> lines = new ArrayList<>();
        List<Long[]> ids = jdbc.query(
                "select b.id, b.product_id from prd_bom b join inv_product p on p.id = b.product_id where p.sku like ?",
                (rs, i) -> new Long[] {rs.getLong(1), rs.getLong(2)},
                jdbc.queryForObject(
                                "select substring(sku, 1, 4) from inv_product where id = ?",
                                String.class,
                                parents.get(0))
                        + "%");
        for (Long[] bom : ids) {
            int no = 1;
            java.util.Set<Long> used = new java.util.HashSet<>();
            for (int i = 0; i < madeCount; i++) {
                long c = made.get(r.nextInt(made.size()));
                if (used.add(c)) {
                    lines.add(new Object[] {bom[0], no++, c, 1 + r.nextInt(2)});
                }
            }
            for (int i = 0; i < boughtCount; i++) {
                long c = bought.get(r.nextInt(bought.size()));
                if (used.add(c)) {
                    lines.add(new Object[] {bom[0], no++, c, BigDecimal.valueOf(1 + r.nextInt(4))});
                }
            }
        }
        jdbc.batchUpdate(
                "insert into prd_bom_line (bom_id, line_no, component_id, quantity, scrap_pct, phantom)"
                        + " values (?, ?, ?, ?, 0, false)",
                lines);
    }
}
