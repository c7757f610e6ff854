package com.yiti.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.yiti.aftersales.TicketChannel;
import com.yiti.aftersales.TicketData;
import com.yiti.aftersales.TicketManagement;
import com.yiti.aftersales.TicketPriority;
import com.yiti.aftersales.TicketType;
import com.yiti.aftersales.TicketView;
import com.yiti.customer.CustomerView;
import com.yiti.dashboard.internal.Alerts;
import com.yiti.dashboard.internal.ReadModels;
import com.yiti.finance.AgingRow;
import com.yiti.finance.InvoiceFilter;
import com.yiti.finance.InvoiceView;
import com.yiti.finance.ReceivablesManagement;
import com.yiti.inventory.InventoryManagement;
import com.yiti.inventory.ProductType;
import com.yiti.inventory.ProductView;
import com.yiti.opportunity.OpportunityData;
import com.yiti.opportunity.OpportunityManagement;
import com.yiti.opportunity.OpportunityView;
import com.yiti.opportunity.Stage;
import com.yiti.order.FulfilmentManagement;
import com.yiti.order.OrderFacts;
import com.yiti.order.OrderManagement;
import com.yiti.order.OrderView;
import com.yiti.order.ShipmentData;
import com.yiti.platform.TaskManagement;
import com.yiti.platform.TaskStatus;
import com.yiti.platform.UserDirectory;
import com.yiti.support.CrmFixtures;
import com.yiti.support.OrderFixtures;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;

/**
 * The KPIs against a small known data set in January 2001 (a month no other test touches), hand-computed; the sales
 * manager's scope; the read models against a recomputation from the business tables; the alert rules.
 */
@YitiTest
@EnableScenarios
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardFiguresTests {

    static final LocalDate JAN_1 = LocalDate.of(2001, 1, 1);
    static final LocalDate JAN_31 = LocalDate.of(2001, 1, 31);
    static final Period JANUARY = Period.of(Period.Preset.CUSTOM, JAN_1, JAN_31, LocalDate.now());

    @Autowired
    com.yiti.order.OrderFactsReader orderFacts;

    @Autowired
    DashboardManagement dashboard;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestUsers users;

    @Autowired
    UserDirectory directory;

    @Autowired
    CrmFixtures crm;

    @Autowired
    OrderFixtures fixtures;

    @Autowired
    OpportunityManagement opportunities;

    @Autowired
    TicketManagement tickets;

    @Autowired
    InventoryManagement inventory;

    @Autowired
    com.yiti.inventory.StockValuation valuation;

    @Autowired
    ReceivablesManagement receivables;

    @Autowired
    com.yiti.finance.ReceivablesPosition position;

    @Autowired
    OrderManagement orders;

    @Autowired
    FulfilmentManagement fulfilment;

    @Autowired
    ReadModels readModels;

    @Autowired
    Alerts alerts;

    @Autowired
    TaskManagement tasks;

    long sales1;
    long sales3;
    CustomerView teamCustomer;
    CustomerView otherCustomer;

    @BeforeAll
    void knownJanuary() {
        if (jdbc.queryForObject(
                        "SELECT COUNT(*) FROM dsh_revenue_day WHERE revenue_day BETWEEN ? AND ?",
                        Integer.class,
                        Date.valueOf(JAN_1),
                        Date.valueOf(JAN_31))
                > 0) {
            jdbc.update("DELETE FROM dsh_revenue_day WHERE revenue_day < ?", Date.valueOf(LocalDate.of(2002, 1, 1)));
            jdbc.update(
                    "DELETE FROM dsh_revenue_customer WHERE period_key < 2002 OR (grain = 'Q' AND period_key < 20021)"
                            + " OR (grain = 'M' AND period_key < 200201)");
            jdbc.update("DELETE FROM dsh_order_fact WHERE order_id >= 900000000");
            jdbc.update("DELETE FROM dsh_cycle_day WHERE delivered_on < ?", Date.valueOf(LocalDate.of(2002, 1, 1)));
            // an earlier run's January tickets and opportunities move out of the month
            java.sql.Timestamp away = java.sql.Timestamp.valueOf("1999-01-01 00:00:00");
            jdbc.update(
                    "UPDATE aft_ticket SET resolved_at = ?, opened_at = ? WHERE resolved_at < ?",
                    away,
                    away,
                    java.sql.Timestamp.valueOf("2002-01-01 00:00:00"));
            jdbc.update(
                    "UPDATE opp_opportunity SET closed_at = ?, created_at = ? WHERE closed_at < ?",
                    away,
                    away,
                    java.sql.Timestamp.valueOf("2002-01-01 00:00:00"));
            jdbc.update(
                    "DELETE FROM dsh_stock_value_day WHERE snapshot_day < ?", Date.valueOf(LocalDate.of(2002, 1, 1)));
            jdbc.update("DELETE FROM opp_closed_day WHERE closed_on < ?", Date.valueOf(LocalDate.of(2002, 1, 1)));
            jdbc.update("DELETE FROM aft_resolved_day WHERE resolved_on < ?", Date.valueOf(LocalDate.of(2002, 1, 1)));
            jdbc.update("DELETE FROM aft_cause_day WHERE opened_on < ?", Date.valueOf(LocalDate.of(2002, 1, 1)));
        }
        sales1 = directory.findByUsername("sales1").orElseThrow().id();
        sales3 = directory.findByUsername("sales3").orElseThrow().id();
        teamCustomer = crm.customerOf("sales1");
        otherCustomer = crm.customerOf("sales3");
        // revenue: 1,000 net (cost 600) by sales1, team East; 500 net (cost 300) by sales3, team South
        jdbc.update(
                "INSERT INTO dsh_revenue_day (revenue_day, owner_id, tier, net, tax, cost) VALUES (?, ?, 'A', 1000, 130, 600)",
                Date.valueOf(LocalDate.of(2001, 1, 10)),
                sales1);
        jdbc.update(
                "INSERT INTO dsh_revenue_day (revenue_day, owner_id, tier, net, tax, cost) VALUES (?, ?, 'B', 500, 65, 300)",
                Date.valueOf(LocalDate.of(2001, 1, 20)),
                sales3);
        rankingRows(teamCustomer.id(), sales1, 1000);
        rankingRows(otherCustomer.id(), sales3, 500);
        // five deliveries: 2, 4, 4, 7, 10 days; on time, on time, late, on time, no promise
        int[] cycle = {2, 4, 4, 7, 10};
        Boolean[] onTime = {true, true, false, true, null};
        for (int i = 0; i < 5; i++) {
            LocalDate delivered = LocalDate.of(2001, 1, 15 + i);
            jdbc.update(
                    "INSERT INTO dsh_order_fact (order_id, customer_id, owner_id, status, confirmed_on, promised_date,"
                            + " delivered_on, cycle_days, on_time, gross, open_value, is_open) VALUES"
                            + " (?, ?, ?, 'DELIVERED', ?, ?, ?, ?, ?, 100, 0, FALSE)",
                    900000001L + i,
                    teamCustomer.id(),
                    sales1,
                    Date.valueOf(delivered.minusDays(cycle[i])),
                    onTime[i] == null ? null : Date.valueOf(onTime[i] ? delivered : delivered.minusDays(1)),
                    Date.valueOf(delivered),
                    cycle[i],
                    onTime[i]);
        }
        // and their delivery histogram, as the read model keeps it
        jdbc.update("INSERT INTO dsh_cycle_day (delivered_on, cycle_days, orders, on_time, promised)"
                + " SELECT delivered_on, cycle_days, COUNT(*), SUM(CASE WHEN on_time = TRUE THEN 1 ELSE 0 END),"
                + " COUNT(on_time) FROM dsh_order_fact WHERE order_id >= 900000000 GROUP BY delivered_on, cycle_days");
        // stock value kept on two days: 3,000 and 6,000
        jdbc.update(
                "INSERT INTO dsh_stock_value_day (snapshot_day, stock_value) VALUES (?, 3000)", Date.valueOf(JAN_1));
        jdbc.update(
                "INSERT INTO dsh_stock_value_day (snapshot_day, stock_value) VALUES (?, 6000)", Date.valueOf(JAN_31));
        // opportunities of sales1 closed in January: two won ten days after creation, one lost
        for (int i = 0; i < 3; i++) {
            OpportunityView o = crm.opportunityOf("sales1", teamCustomer.id(), new BigDecimal("1000"));
            boolean won = i < 2;
            OpportunityView closed = users.runAs(
                    "sales1",
                    () -> opportunities.changeStage(o.id(), won ? Stage.WON : Stage.LOST, won ? null : "价格 price"));
            jdbc.update(
                    "UPDATE opp_opportunity SET created_at = ?, closed_at = ? WHERE id = ?",
                    java.sql.Timestamp.valueOf("2001-01-05 10:00:00"),
                    java.sql.Timestamp.valueOf("2001-01-15 10:00:00"),
                    o.id());
            // and its closing moves in the closings per day: from today (created a moment before) to 15 January,
            // ten days (14,400 minutes) after its creation
            jdbc.update(
                    "UPDATE opp_closed_day SET won = won - ?, lost = lost - ? WHERE closed_on = ? AND owner_id = ?",
                    won ? 1 : 0,
                    won ? 0 : 1,
                    Date.valueOf(LocalDate.ofInstant(closed.closedAt(), java.time.ZoneId.of("Asia/Shanghai"))),
                    sales1);
            jdbc.update(
                    "INSERT INTO opp_closed_day (closed_on, owner_id, won, lost, won_minutes) VALUES (?, ?, ?, ?, ?)"
                            + " ON DUPLICATE KEY UPDATE won = won + VALUES(won), lost = lost + VALUES(lost),"
                            + " won_minutes = won_minutes + VALUES(won_minutes)",
                    Date.valueOf(LocalDate.of(2001, 1, 15)),
                    sales1,
                    won ? 1 : 0,
                    won ? 0 : 1,
                    won ? 14_400 : 0);
        }
        // four tickets resolved in January: three within SLA; satisfaction 5, 4, (none), 3
        Boolean[] met = {true, true, true, false};
        Integer[] csat = {5, 4, null, 3};
        for (int i = 0; i < 4; i++) {
            TicketView t = users.runAs(
                    "service",
                    () -> tickets.open(new TicketData(
                            teamCustomer.id(),
                            null,
                            null,
                            null,
                            TicketType.QUESTION,
                            TicketPriority.LOW,
                            TicketChannel.PHONE,
                            "一月 January",
                            "?",
                            null)));
            jdbc.update(
                    "UPDATE aft_ticket SET status = 'CLOSED', resolved_at = ?, closed_at = ?, sla_met = ?, csat = ?,"
                            + " resolution = 'ok' WHERE id = ?",
                    java.sql.Timestamp.valueOf("2001-01-20 12:00:00"),
                    java.sql.Timestamp.valueOf("2001-01-21 12:00:00"),
                    met[i],
                    csat[i],
                    t.id());
        }
        // and the service figures of 20 January as the ticket changes keep them
        jdbc.update(
                "INSERT INTO aft_resolved_day (resolved_on, resolved, within_sla, rated, csat_sum) VALUES (?, 4, 3, 3, 12)",
                Date.valueOf(LocalDate.of(2001, 1, 20)));
    }

    /** A customer's January-2001 revenue in the rankings: month, quarter and year, for the owner and for all. */
    private void rankingRows(long customerId, long ownerId, int net) {
        for (Object[] unit : List.of(new Object[] {"M", 200101}, new Object[] {"Q", 20011}, new Object[] {"Y", 2001})) {
            for (long owner : new long[] {ownerId, 0}) {
                jdbc.update(
                        "INSERT INTO dsh_revenue_customer (grain, period_key, customer_id, owner_id, net)"
                                + " VALUES (?, ?, ?, ?, ?)",
                        unit[0],
                        unit[1],
                        customerId,
                        owner,
                        net);
            }
        }
    }

    @Test
    void eachFigureEqualsTheHandComputedValue() {
        DashboardFigures f = users.runAs("manager", () -> dashboard.figures(JANUARY));
        assertThat(f.revenue().net()).isEqualByComparingTo("1500");
        assertThat(f.revenue().previousNet()).isEqualByComparingTo("0");
        assertThat(f.revenue().byTier()).extracting(DashboardFigures.Entry::key).containsExactly("A", "B");
        assertThat(f.revenue().topCustomers())
                .extracting(DashboardFigures.Entry::id)
                .containsExactly(teamCustomer.id(), otherCustomer.id());
        // cycle time: nearest rank of 2, 4, 4, 7, 10 — median rank 3 → 4 days, p90 rank 5 → 10 days
        assertThat(f.orders().delivered()).isEqualTo(5);
        assertThat(f.orders().medianCycleDays()).isEqualTo(4);
        assertThat(f.orders().p90CycleDays()).isEqualTo(10);
        // on time: 3 of the 4 with a promised date
        assertThat(f.orders().onTimePct()).isEqualByComparingTo("75.0");
        // turnover: cost of goods sold 900 ÷ average stock value (3,000 + 6,000) / 2 = 0.20
        assertThat(f.inventory().cogs()).isEqualByComparingTo("900");
        assertThat(f.inventory().averageValue()).isEqualByComparingTo("4500");
        assertThat(f.inventory().turnover()).isEqualByComparingTo("0.20");
        BigDecimal stockNow = valuation.stockValue();
        assertThat(f.inventory().daysOfSupply())
                .isEqualByComparingTo(stockNow.multiply(BigDecimal.valueOf(31))
                        .divide(new BigDecimal("900"), 1, RoundingMode.HALF_UP));
        // DSO: receivables open now × 31 days ÷ gross invoiced in January (1,500 + 195)
        List<AgingRow> aging = users.runAs("finance", () -> position.aging(dashboard.today()));
        BigDecimal open = aging.get(aging.size() - 1).total();
        assertThat(f.receivables().dso())
                .isEqualByComparingTo(
                        open.multiply(BigDecimal.valueOf(31)).divide(new BigDecimal("1695"), 1, RoundingMode.HALF_UP));
        // win rate: 2 won of 3 closed; ten days from creation to each win
        assertThat(f.pipeline().winRatePct()).isEqualByComparingTo("66.7");
        assertThat(f.pipeline().averageDaysToClose()).isEqualByComparingTo("10.0");
        assertThat(f.pipeline().byRep())
                .singleElement()
                .satisfies(r -> assertThat(r.ownerId()).isEqualTo(sales1));
        // service: 3 of 4 within SLA, satisfaction (5 + 4 + 3) / 3
        assertThat(f.service().resolved()).isEqualTo(4);
        assertThat(f.service().slaPct()).isEqualByComparingTo("75.0");
        assertThat(f.service().averageCsat()).isEqualByComparingTo("4.00");
    }

    @Test
    void aSalesManagerSeesOnlyTheTeamsSalesAndARepHasNoDashboard() {
        DashboardFigures team = users.runAs("salesmgr", () -> dashboard.figures(JANUARY));
        assertThat(team.teamOnly()).isTrue();
        assertThat(team.revenue().net()).isEqualByComparingTo("1000");
        assertThat(team.revenue().topCustomers())
                .extracting(DashboardFigures.Entry::id)
                .containsExactly(teamCustomer.id());
        assertThat(team.orders()).isNull();
        assertThat(team.receivables()).isNull();
        assertThatThrownBy(() -> users.runAs("sales1", () -> dashboard.figures(JANUARY)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.runAs("warehouse", () -> dashboard.figures(JANUARY)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @Test
    void exportsKeepToTheSameScope() throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                        "/dashboard/export/top-customers")
                .param("period", "CUSTOM")
                .param("from", JAN_1.toString())
                .param("to", JAN_31.toString())
                .param("format", "csv");
        String team = mvc.perform(request.with(users.as("salesmgr")))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(team).contains(teamCustomer.name()).doesNotContain(otherCustomer.name());
        String all = mvc.perform(request.with(users.as("manager")))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(all).contains(teamCustomer.name()).contains(otherCustomer.name());
    }

    /** 2002-01-01 00:00 in Shanghai, as the stored UTC time. */
    private static final java.sql.Timestamp SINCE_2002_UTC = java.sql.Timestamp.valueOf("2001-12-31 16:00:00");

    /**
     * A query's rows as "key → values": the first {@code keyColumns} columns joined by "/", the others by " ",
     * numbers without trailing zeros (so that 5.00 kept equals 5 recomputed).
     */
    private Map<String, String> rows(int keyColumns, String sql, Object... args) {
        Map<String, String> rows = new java.util.TreeMap<>();
        jdbc.query(
                sql,
                rs -> {
                    int n = rs.getMetaData().getColumnCount();
                    List<String> cells = new java.util.ArrayList<>();
                    for (int c = 1; c <= n; c++) {
                        Object v = rs.getObject(c);
                        cells.add(
                                v instanceof Number number
                                        ? new BigDecimal(number.toString())
                                                .stripTrailingZeros()
                                                .toPlainString()
                                        : String.valueOf(v));
                    }
                    rows.put(
                            String.join("/", cells.subList(0, keyColumns)),
                            String.join(" ", cells.subList(keyColumns, n)));
                },
                args);
        return rows;
    }

    /** The kept ranking rows from 2002 on (the January-2001 fixture aside): grain/key/item/owner → net. */
    private Map<String, BigDecimal> kept(String table, String item) {
        Map<String, BigDecimal> rows = new java.util.TreeMap<>();
        jdbc.query(
                "SELECT grain, period_key, " + item + ", owner_id, net FROM " + table
                        + " WHERE period_key >= 2002 AND NOT (grain = 'Q' AND period_key < 20021)"
                        + " AND NOT (grain = 'M' AND period_key < 200201)",
                rs -> {
                    rows.put(
                            rs.getString(1) + "/" + rs.getInt(2) + "/" + rs.getLong(3) + "/" + rs.getLong(4),
                            rs.getBigDecimal(5).setScale(2));
                });
        return rows;
    }

    /** The same rows summed again from (day, item, owner, net) of every invoice and credit note. */
    private Map<String, BigDecimal> recomputedRankings(String sql) {
        Map<String, BigDecimal> rows = new java.util.TreeMap<>();
        jdbc.query(sql, rs -> {
            LocalDate day = rs.getDate(1).toLocalDate();
            if (day.getYear() < 2002) {
                return;
            }
            int q = (day.getMonthValue() + 2) / 3;
            for (String unit : List.of(
                    "M/" + (day.getYear() * 100 + day.getMonthValue()),
                    "Q/" + (day.getYear() * 10 + q),
                    "Y/" + day.getYear())) {
                for (long owner : new long[] {rs.getLong(3), 0}) {
                    rows.merge(
                            unit + "/" + rs.getLong(2) + "/" + owner,
                            rs.getBigDecimal(4).setScale(2),
                            BigDecimal::add);
                }
            }
        });
        return rows;
    }

    @Test
    void theReadModelsEqualARecomputationFromTheBusinessTables(Scenario scenario) {
        // a mixed sequence: confirm two lines, ship part, ship the rest of one line, credit a line, cancel the rest
        ProductView a = fixtures.product(ProductType.BOUGHT, "100.00", 3, "10");
        ProductView b = fixtures.product(ProductType.BOUGHT, "250.00", 3, "2");
        CustomerView customer = crm.customerOf("sales2");
        OrderView draft = fixtures.draft("sales2", customer.id(), a, 5, b, 4);
        OrderView order = users.runAs("sales2", () -> orders.confirm(draft.id(), null));
        long lineA = order.lines().get(0).id();
        long lineB = order.lines().get(1).id();
        scenario.stimulate(() -> users.runAs(
                        "warehouse",
                        () -> fulfilment.ship(
                                order.id(),
                                new ShipmentData(
                                        Map.of(lineA, new BigDecimal("3"), lineB, new BigDecimal("2")),
                                        "顺丰",
                                        "SF-DSH"))))
                .andWaitForStateChange(() -> invoicesOf(order.id()), list -> list.size() == 1)
                .andVerify(list -> assertThat(list).hasSize(1));
        InvoiceView invoice = invoicesOf(order.id()).get(0);
        users.runAs(
                "finance",
                () -> receivables.issueCreditNote(
                        invoice.id(), Map.of(invoice.lines().get(0).id(), BigDecimal.ONE), "一件退回 one back"));
        users.runAs("sales2", () -> orders.cancel(order.id(), "客户不要了 no longer needed"));

        // revenue per day and rep, recomputed from invoices and credit notes
        Map<String, BigDecimal> kept = new HashMap<>();
        jdbc.query(
                "SELECT revenue_day, owner_id, SUM(net), SUM(cost) FROM dsh_revenue_day WHERE revenue_day >= ?"
                        + " GROUP BY revenue_day, owner_id",
                rs -> {
                    kept.put(rs.getDate(1) + "/" + rs.getLong(2) + "/net", rs.getBigDecimal(3));
                    kept.put(rs.getDate(1) + "/" + rs.getLong(2) + "/cost", rs.getBigDecimal(4));
                },
                Date.valueOf(LocalDate.of(2002, 1, 1)));
        Map<String, BigDecimal> recomputed = new HashMap<>();
        jdbc.query(
                "SELECT d, o, SUM(n), SUM(k) FROM ("
                        // in CNY: a foreign line's net at its invoice's rate
                        + " SELECT i.invoice_date d, i.owner_id o, ROUND(l.net_amount * i.exchange_rate, 2) n,"
                        + " ROUND(l.quantity * l.standard_cost, 2) k"
                        + " FROM fin_invoice i JOIN fin_invoice_line l ON l.invoice_id = i.id"
                        + " UNION ALL SELECT cn.note_date, i.owner_id, -ROUND(cl.net_amount * cn.exchange_rate, 2),"
                        + " -ROUND(cl.quantity * il.standard_cost, 2)"
                        + " FROM fin_credit_note cn JOIN fin_credit_note_line cl ON cl.credit_note_id = cn.id"
                        + " JOIN fin_invoice_line il ON il.id = cl.invoice_line_id JOIN fin_invoice i ON i.id = cn.invoice_id"
                        + ") r GROUP BY d, o",
                rs -> {
                    recomputed.put(rs.getDate(1) + "/" + rs.getLong(2) + "/net", rs.getBigDecimal(3));
                    recomputed.put(rs.getDate(1) + "/" + rs.getLong(2) + "/cost", rs.getBigDecimal(4));
                });
        assertThat(kept).hasSameSizeAs(recomputed);
        recomputed.forEach((k, v) -> assertThat(kept.get(k)).as(k).isEqualByComparingTo(v));

        // the rankings: per product and per customer, by month, quarter and year, per owner and for all owners
        assertThat(kept("dsh_revenue_product", "product_id"))
                .isEqualTo(recomputedRankings(
                        "SELECT i.invoice_date, l.product_id, i.owner_id, ROUND(l.net_amount * i.exchange_rate, 2)"
                                + " FROM fin_invoice i"
                                + " JOIN fin_invoice_line l ON l.invoice_id = i.id"
                                + " UNION ALL SELECT cn.note_date, il.product_id, i.owner_id,"
                                + " -ROUND(cl.net_amount * cn.exchange_rate, 2)"
                                + " FROM fin_credit_note cn JOIN fin_credit_note_line cl ON cl.credit_note_id = cn.id"
                                + " JOIN fin_invoice_line il ON il.id = cl.invoice_line_id"
                                + " JOIN fin_invoice i ON i.id = cn.invoice_id"));
        assertThat(kept("dsh_revenue_customer", "customer_id"))
                .isEqualTo(recomputedRankings("SELECT i.invoice_date, i.customer_id, i.owner_id, i.net_book"
                        // opening invoices (open receivables taken over at go-live) are no revenue of their month
                        + " FROM fin_invoice i WHERE i.opening = false UNION ALL SELECT cn.note_date, i.customer_id, i.owner_id, -cn.net_book"
                        + " FROM fin_credit_note cn JOIN fin_invoice i ON i.id = cn.invoice_id"));

        // what is open per due date (the invoice issued, then credited) equals the open invoices summed again
        assertThat(rows(1, "SELECT due_date, open_amount FROM fin_open_due WHERE open_amount <> 0"))
                .isEqualTo(rows(
                        1,
                        // in CNY as booked
                        "SELECT due_date, SUM(book_open) FROM fin_invoice"
                                + " WHERE status IN ('ISSUED', 'PARTIALLY_PAID') GROUP BY due_date"
                                + " HAVING SUM(book_open) <> 0"));

        // where each product is available: the stock ledger's counts equal the balances counted again
        Map<String, String> availability =
                rows(1, "SELECT product_id, available_locations FROM inv_product_availability");
        assertThat(availability)
                .isEqualTo(rows(
                        1,
                        "SELECT p.id, (SELECT COUNT(*) FROM inv_stock_balance sb JOIN inv_warehouse w"
                                + " ON w.id = sb.warehouse_id WHERE sb.product_id = p.id AND w.quarantine = FALSE"
                                + " AND sb.on_hand > sb.reserved) FROM inv_product p"));
        assertThat(availability.get(String.valueOf(b.id())))
                .as("b: 2 on hand, 4 ordered")
                .isEqualTo("0");

        // the open pipeline per owner and stage: an opportunity created, re-valued, handed over, moved, closed
        long sales2 = directory.findByUsername("sales2").orElseThrow().id();
        OpportunityView moving = crm.opportunityOf("sales1", teamCustomer.id(), new BigDecimal("1200.50"));
        OpportunityView closing = crm.opportunityOf("sales1", teamCustomer.id(), new BigDecimal("800"));
        OpportunityView revalued = users.runAs(
                "salesmgr",
                () -> opportunities.update(
                        moving.id(),
                        moving.version(),
                        new OpportunityData(
                                teamCustomer.id(),
                                moving.title(),
                                new BigDecimal("2300.25"),
                                Stage.PROPOSAL,
                                35,
                                moving.expectedCloseDate(),
                                sales2,
                                null,
                                null)));
        assertThat(revalued.ownerId()).isEqualTo(sales2);
        users.runAs("sales1", () -> opportunities.changeStage(closing.id(), Stage.NEGOTIATION, null));
        users.runAs("sales1", () -> opportunities.changeStage(closing.id(), Stage.LOST, "预算取消 budget cut"));
        assertThat(rows(
                        2,
                        "SELECT owner_id, stage, opportunities, amount, weighted_x100 FROM opp_pipeline_total"
                                + " WHERE opportunities <> 0 OR amount <> 0"))
                .isEqualTo(rows(
                        2,
                        "SELECT owner_id, stage, COUNT(*), SUM(amount), SUM(amount * probability) FROM opp_opportunity"
                                + " WHERE stage NOT IN ('WON', 'LOST') GROUP BY owner_id, stage"))
                .containsKey(sales2 + "/PROPOSAL");

        // the closings per day and rep (from 2002: the January fixture's are set by hand) equal the closed
        // opportunities counted again
        assertThat(rows(
                        2,
                        "SELECT closed_on, owner_id, won, lost, won_minutes FROM opp_closed_day WHERE closed_on >= ?"
                                + " AND (won <> 0 OR lost <> 0)",
                        Date.valueOf(LocalDate.of(2002, 1, 1))))
                .isEqualTo(rows(
                        2,
                        "SELECT DATE(DATE_ADD(closed_at, INTERVAL 8 HOUR)) d, owner_id,"
                                + " SUM(CASE WHEN stage = 'WON' THEN 1 ELSE 0 END),"
                                + " SUM(CASE WHEN stage = 'LOST' THEN 1 ELSE 0 END),"
                                + " SUM(CASE WHEN stage = 'WON' THEN TIMESTAMPDIFF(MINUTE, created_at, closed_at) ELSE 0 END)"
                                + " FROM opp_opportunity WHERE stage IN ('WON', 'LOST') AND closed_at >= ?"
                                + " GROUP BY DATE(DATE_ADD(closed_at, INTERVAL 8 HOUR)), owner_id",
                        SINCE_2002_UTC))
                .isNotEmpty();

        // the service days (from 2002) equal the tickets counted again
        assertThat(rows(
                        1,
                        "SELECT resolved_on, resolved, within_sla, rated, csat_sum FROM aft_resolved_day"
                                + " WHERE resolved_on >= ? AND resolved <> 0",
                        Date.valueOf(LocalDate.of(2002, 1, 1))))
                .isEqualTo(rows(
                        1,
                        "SELECT DATE(DATE_ADD(resolved_at, INTERVAL 8 HOUR)), COUNT(*),"
                                + " SUM(CASE WHEN sla_met = TRUE THEN 1 ELSE 0 END), COUNT(csat), COALESCE(SUM(csat), 0)"
                                + " FROM aft_ticket WHERE resolved_at >= ?"
                                + " GROUP BY DATE(DATE_ADD(resolved_at, INTERVAL 8 HOUR))",
                        SINCE_2002_UTC))
                .isNotEmpty();
        assertThat(rows(
                        2,
                        "SELECT opened_on, root_cause, tickets FROM aft_cause_day WHERE opened_on >= ? AND tickets <> 0",
                        Date.valueOf(LocalDate.of(2002, 1, 1))))
                .isEqualTo(rows(
                        2,
                        "SELECT DATE(DATE_ADD(opened_at, INTERVAL 8 HOUR)), root_cause, COUNT(*) FROM aft_ticket"
                                + " WHERE root_cause IS NOT NULL AND opened_at >= ?"
                                + " GROUP BY DATE(DATE_ADD(opened_at, INTERVAL 8 HOUR)), root_cause",
                        SINCE_2002_UTC));

        // every order fact equals the order as it is
        List<Map<String, Object>> facts = jdbc.queryForList("SELECT * FROM dsh_order_fact WHERE order_id < 900000000");
        assertThat(facts).isNotEmpty();
        for (Map<String, Object> row : facts) {
            long id = ((Number) row.get("order_id")).longValue();
            OrderFacts now = orderFacts.facts(id);
            assertThat(row.get("status"))
                    .as("order " + id)
                    .isEqualTo(now.status().name());
            assertThat((BigDecimal) row.get("open_value")).as("order " + id).isEqualByComparingTo(now.openValue());
            assertThat(((Number) row.get("waiting_production")).intValue()).isEqualTo(now.waitingProduction());
            assertThat(((Number) row.get("waiting_purchase")).intValue()).isEqualTo(now.waitingPurchase());
        }
        // the backlog per owner equals the open facts summed again
        assertThat(rows(
                        1,
                        "SELECT owner_id, SUM(orders), SUM(open_value), SUM(waiting_production),"
                                + " SUM(waiting_purchase) FROM dsh_backlog GROUP BY owner_id"
                                + " HAVING SUM(orders) <> 0 OR SUM(open_value) <> 0"))
                .isEqualTo(rows(
                        1,
                        "SELECT owner_id, COUNT(*), SUM(open_value), SUM(waiting_production), SUM(waiting_purchase)"
                                + " FROM dsh_order_fact WHERE is_open = TRUE GROUP BY owner_id"));
        // the delivery histogram equals the delivered facts counted again
        Map<String, Long> histogram = new HashMap<>();
        jdbc.query(
                "SELECT delivered_on, cycle_days, orders, on_time, promised FROM dsh_cycle_day WHERE orders > 0",
                rs -> {
                    histogram.put(
                            rs.getDate(1) + "/" + rs.getInt(2),
                            rs.getLong(3) * 1_000_000 + rs.getLong(4) * 1000 + rs.getLong(5));
                });
        Map<String, Long> counted = new HashMap<>();
        jdbc.query(
                "SELECT delivered_on, cycle_days, COUNT(*), SUM(CASE WHEN on_time = TRUE THEN 1 ELSE 0 END),"
                        + " COUNT(on_time) FROM dsh_order_fact WHERE delivered_on IS NOT NULL AND cycle_days IS NOT NULL"
                        + " GROUP BY delivered_on, cycle_days",
                rs -> {
                    counted.put(
                            rs.getDate(1) + "/" + rs.getInt(2),
                            rs.getLong(3) * 1_000_000 + rs.getLong(4) * 1000 + rs.getLong(5));
                });
        assertThat(histogram).isEqualTo(counted);
        // the products open orders wait for
        assertThat(jdbc.queryForList("SELECT DISTINCT product_id FROM dsh_backorder", Long.class))
                .containsExactlyInAnyOrderElementsOf(facts.stream()
                        .filter(r -> Boolean.TRUE.equals(r.get("is_open")))
                        .flatMap(r ->
                                orderFacts
                                        .facts(((Number) r.get("order_id")).longValue())
                                        .backorderedProducts()
                                        .stream())
                        .distinct()
                        .toList());
        Map<String, Object> ours = jdbc.queryForMap("SELECT * FROM dsh_order_fact WHERE order_id = ?", order.id());
        assertThat(ours.get("status")).isEqualTo("SHIPPED");
        assertThat((BigDecimal) ours.get("open_value")).isZero();
    }

    @Test
    void aLateOrderAlertsItsRepOnceAndClosesWhenTheOrderIsNoLongerOpen() {
        ProductView p = fixtures.product(ProductType.BOUGHT, "100.00", 3, "5");
        CustomerView customer = crm.customerOf("sales1");
        OrderView draft = fixtures.draft("sales1", customer.id(), p, 2);
        OrderView order = users.runAs("sales1", () -> orders.confirm(draft.id(), null));
        jdbc.update(
                "UPDATE ord_sales_order SET promised_date = ? WHERE id = ?",
                Date.valueOf(dashboard.today().minusDays(2)),
                order.id());
        readModels.refresh(order.id());
        alerts.refresh();
        alerts.refresh();
        assertThat(lateTasks(order)).isEqualTo(1);
        users.runAs("sales1", () -> orders.cancel(order.id(), "客户取消 cancelled"));
        alerts.refresh();
        assertThat(lateTasks(order)).isZero();
    }

    @Test
    void lateOrdersBeyondOneBatchEachGetOneTaskAndCloseTogether() {
        // more records in alert than one batch: raised over several short transactions, none twice, all closed
        int count = Alerts.BATCH * 2 + 17;
        long owner = users.current("sales3").id();
        Date promised = Date.valueOf(dashboard.today().minusDays(5));
        try {
            List<Object[]> facts = new java.util.ArrayList<>();
            for (int i = 0; i < count; i++) {
                facts.add(new Object[] {910_000_000L + i, owner, promised});
            }
            jdbc.batchUpdate(
                    "INSERT INTO dsh_order_fact (order_id, customer_id, owner_id, status, promised_date, gross,"
                            + " open_value, is_open) VALUES (?, 1, ?, 'CONFIRMED', ?, 10.00, 10.00, TRUE)",
                    facts);
            assertThat(alerts.refresh()).isGreaterThanOrEqualTo(count);
            assertThat(openBatchTasks()).isEqualTo(count);
            alerts.refresh();
            assertThat(openBatchTasks()).isEqualTo(count);
            jdbc.update("UPDATE dsh_order_fact SET is_open = FALSE WHERE order_id >= 910000000");
            alerts.refresh();
            assertThat(openBatchTasks()).isZero();
        } finally {
            jdbc.update("DELETE FROM dsh_order_fact WHERE order_id >= 910000000");
        }
    }

    int openBatchTasks() {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM plt_task WHERE rule = 'dashboard.late-order' AND status = 'OPEN'"
                        + " AND record_ref LIKE 'order:91%' AND LENGTH(record_ref) = 15",
                Integer.class);
    }

    @Autowired
    com.yiti.purchasing.PurchasingManagement purchasing;

    @Autowired
    com.yiti.purchasing.SupplierManagement supplierManagement;

    @Test
    void anOrderWaitingForAPurchaseExpectedAfterItsPromiseAlertsItsRep() {
        ProductView p = fixtures.product(ProductType.BOUGHT, "100.00", 3, "0");
        CustomerView customer = crm.customerOf("sales1");
        OrderView draft = fixtures.draft("sales1", customer.id(), p, 4);
        OrderView order = users.runAs("sales1", () -> orders.confirm(draft.id(), null));
        assertThat(order.promisedDate()).isEqualTo(dashboard.today().plusDays(3));
        long supplier = users.runAs("purchasing", () -> supplierManagement.activeSuppliers())
                .get(0)
                .id();
        var po = users.runAs("purchasing", () -> {
            var requisition =
                    purchasing.forOrderLines(List.of(order.lines().get(0).id())).get(0);
            var created = purchasing.createPurchaseOrder(
                    supplier, List.of(requisition.id()), dashboard.today().plusDays(20));
            return purchasing.send(created.id(), created.version());
        });
        alerts.refresh();
        assertThat(tasksFor(order, "task.dashboard.supplyLate")).isEqualTo(1);
        // the goods arrive, the line is reserved: the alert closes itself
        users.runAs(
                "warehouse",
                () -> purchasing.receive(po.id(), Map.of(po.lines().get(0).id(), new BigDecimal("4")), null));
        alerts.refresh();
        assertThat(tasksFor(order, "task.dashboard.supplyLate")).isZero();
    }

    long tasksFor(OrderView order, String titleKey) {
        return users
                .runAs("sales1", () -> tasks.inbox(users.current("sales1"), TaskStatus.OPEN, PageRequest.of(0, 500)))
                .getContent()
                .stream()
                .filter(t -> t.titleKey().equals(titleKey) && t.link().equals("/orders/" + order.id()))
                .count();
    }

    long lateTasks(OrderView order) {
        return users
                .runAs("sales1", () -> tasks.inbox(users.current("sales1"), TaskStatus.OPEN, PageRequest.of(0, 500)))
                .getContent()
                .stream()
                .filter(t -> t.titleKey().equals("task.dashboard.lateOrder")
                        && t.link().equals("/orders/" + order.id()))
                .count();
    }

    List<InvoiceView> invoicesOf(long orderId) {
        return users.runAs(
                "finance",
                () -> receivables
                        .invoices(new InvoiceFilter(null, null, null, false, orderId), PageRequest.of(0, 20))
                        .getContent());
    }
}
