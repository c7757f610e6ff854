package com.yiti.benchmark;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills a database (with the demo data in it) with realistic volume for the benchmark: per million orders 100,000
 * customers, 20,000 products, ~5 million order lines through every state, a shipment and an invoice (with its lines)
 * per shipped order, payments for the paid ones, 100,000 tickets, 200,000 opportunities, a year of stock values, and
 * the dashboards' read models built from them. Plain batched JDBC, deterministic (fixed seed): a tool, not the app.
 */
class DataGenerator {

    private static final Logger log = LoggerFactory.getLogger(DataGenerator.class);
    private static final int BATCH = 2000;
    private static final String[] STATUSES = {
        "CLOSED", "DELIVERED", "SHIPPED", "PARTIALLY_SHIPPED", "CONFIRMED", "CANCELLED", "DRAFT", "CREDIT_HOLD"
    };
    private static final int[] STATUS_WEIGHTS = {55, 15, 10, 5, 8, 3, 2, 2};

    private final JdbcTemplate jdbc;
    private final Random random = new Random(20261127L);
    private final LocalDate today;

    DataGenerator(JdbcTemplate jdbc, LocalDate today) {
        this.jdbc = jdbc;
        this.today = today;
    }

    void generate(int orders) {
        double scale = orders / 1_000_000.0;
        int customers = Math.max(1000, (int) (100_000 * scale));
        int products = Math.max(500, (int) (20_000 * scale));
        List<Long> owners = jdbc.queryForList(
                "SELECT u.id FROM plt_user u WHERE u.username IN ('sales1', 'sales2', 'sales3')", Long.class);
        long warehouse = jdbc.queryForObject("SELECT id FROM inv_warehouse WHERE code = 'SH01'", Long.class);
        long t0 = System.currentTimeMillis();
        long firstCustomer = next("cus_customer");
        generateCustomers(firstCustomer, customers, owners);
        long firstProduct = next("inv_product");
        generateProducts(firstProduct, products);
        // where each product is available, as the migration's backfill counts it
        jdbc.update(
                "INSERT INTO inv_product_availability (product_id, available_locations) SELECT p.id, (SELECT COUNT(*)"
                        + " FROM inv_stock_balance b JOIN inv_warehouse w ON w.id = b.warehouse_id WHERE b.product_id = p.id"
                        + " AND w.quarantine = FALSE AND b.on_hand > b.reserved) FROM inv_product p WHERE p.id >= ?",
                firstProduct);
        generateOrders(orders, firstCustomer, customers, firstProduct, products, owners, warehouse);
        generateTickets(
                (int) Math.max(1000, 100_000 * scale), firstCustomer, customers, firstProduct, products, owners);
        generateOpportunities((int) Math.max(1000, 200_000 * scale), firstCustomer, customers, owners);
        generateStockValues();
        buildRevenueReadModels();
        // CNY documents: booked as they are (decision 046)
        jdbc.update("UPDATE fin_invoice SET book_open = gross_total - credited - paid, net_book = net_total"
                + " WHERE currency = 'CNY'");
        jdbc.update("UPDATE fin_payment SET book_unallocated = amount - allocated WHERE currency = 'CNY'");
        // what is open per due date, as the migration's backfill sums it
        jdbc.update("DELETE FROM fin_open_due");
        jdbc.update("INSERT INTO fin_open_due (due_date, open_amount) SELECT due_date, SUM(book_open)"
                + " FROM fin_invoice WHERE status IN ('ISSUED', 'PARTIALLY_PAID') GROUP BY due_date");
        log.info("generated {} orders in {} s", orders, (System.currentTimeMillis() - t0) / 1000);
    }

    private long next(String table) {
        return jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table, Long.class);
    }

    private void generateCustomers(long first, int count, List<Long> owners) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = "基准客户 Bench " + (first + i);
            rows.add(new Object[] {
                first + i,
                name,
                name.toLowerCase(),
                "ABC".charAt(random.nextInt(3)) + "",
                owners.get(i % owners.size()),
                "CNY",
                "ACTIVE",
                30
            });
            flush(
                    rows,
                    "INSERT INTO cus_customer (id, name, normalized_name, tier, owner_id, currency, status,"
                            + " payment_terms_days, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)",
                    false);
        }
        flush(
                rows,
                "INSERT INTO cus_customer (id, name, normalized_name, tier, owner_id, currency, status,"
                        + " payment_terms_days, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)",
                true);
        log.info("customers: {}", count);
    }

    private void generateProducts(long first, int count) {
        List<Long> locations = jdbc.queryForList("SELECT id FROM inv_warehouse", Long.class);
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> balances = new ArrayList<>();
        String productSql = "INSERT INTO inv_product (id, sku, name_zh, name_en, unit, type, list_price, standard_cost,"
                + " tax_rate, lead_time_days, reorder_point, reorder_quantity, active, version)"
                + " VALUES (?, ?, ?, ?, '个', ?, ?, ?, 0.13, ?, ?, 50, TRUE, 0)";
        String balanceSql =
                "INSERT INTO inv_stock_balance (product_id, warehouse_id, on_hand, reserved, version) VALUES (?, ?, ?, 0, 0)";
        for (int i = 0; i < count; i++) {
            long id = first + i;
            BigDecimal price = BigDecimal.valueOf(20 + random.nextInt(5000)).setScale(2);
            rows.add(new Object[] {
                id,
                "B-" + id,
                "基准产品 " + id,
                "Bench product " + id,
                random.nextInt(4) == 0 ? "MADE" : "BOUGHT",
                price,
                price.multiply(new BigDecimal("0.6")).setScale(4, RoundingMode.HALF_UP),
                3 + random.nextInt(20),
                BigDecimal.valueOf(10)
            });
            flush(rows, productSql, false);
            if (rows.isEmpty()) {
                flush(balances, balanceSql, true);
            }
            for (Long location : locations) {
                balances.add(new Object[] {id, location, BigDecimal.valueOf(random.nextInt(400))});
            }
        }
        flush(rows, productSql, true);
        flush(balances, balanceSql, true);
        log.info("products: {}", count);
    }

    private void generateOrders(
            int count,
            long firstCustomer,
            int customers,
            long firstProduct,
            int products,
            List<Long> owners,
            long warehouse) {
        long orderId = next("ord_sales_order");
        long lineId = next("ord_order_line");
        long shipmentId = next("ord_shipment");
        long invoiceId = next("fin_invoice");
        long invoiceLineId = next("fin_invoice_line");
        long paymentId = next("fin_payment");
        String orderSql = "INSERT INTO ord_sales_order (id, number, customer_id, owner_id, warehouse_id, status,"
                + " promised_date, net_total, tax_total, gross_total, confirmed_at, version, created_at, created_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, 'bench')";
        String lineSql = "INSERT INTO ord_order_line (id, order_id, line_no, product_id, quantity, unit_price,"
                + " discount_pct, tax_rate, net_amount, tax_amount, gross_amount, reserved_quantity, shipped_quantity,"
                + " cancelled_quantity, returned_quantity, supply, promised_date)"
                + " VALUES (?, ?, ?, ?, ?, ?, 0, 0.13, ?, ?, ?, ?, ?, ?, 0, ?, ?)";
        String shipmentSql = "INSERT INTO ord_shipment (id, number, order_id, warehouse_id, status, dispatched_at,"
                + " dispatched_by, delivered_on, invoiced_at, version) VALUES (?, ?, ?, ?, ?, ?, 'bench', ?, ?, 0)";
        String invoiceSql = "INSERT INTO fin_invoice (id, number, customer_id, owner_id, order_id, order_number,"
                + " shipment_id, shipment_number, invoice_date, due_date, currency, net_total, tax_total, gross_total,"
                + " credited, paid, status, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'CNY', ?, ?, ?, 0, ?, ?, 0)";
        String invoiceLineSql =
                "INSERT INTO fin_invoice_line (id, invoice_id, order_line_id, product_id, sku, quantity,"
                        + " credited_quantity, unit_price, discount_pct, tax_rate, net_amount, tax_amount, gross_amount,"
                        + " standard_cost) VALUES (?, ?, ?, ?, ?, ?, 0, ?, 0, 0.13, ?, ?, ?, ?)";
        String paymentSql =
                "INSERT INTO fin_payment (id, number, customer_id, payment_date, amount, allocated, currency,"
                        + " method, version) VALUES (?, ?, ?, ?, ?, ?, 'CNY', 'BANK_TRANSFER', 0)";
        String factSql = "INSERT INTO dsh_order_fact (order_id, customer_id, owner_id, status, confirmed_on,"
                + " promised_date, delivered_on, cycle_days, on_time, gross, open_value, is_open, waiting_production,"
                + " waiting_purchase) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        List<Object[]> orderRows = new ArrayList<>();
        List<Object[]> lineRows = new ArrayList<>();
        List<Object[]> shipmentRows = new ArrayList<>();
        List<Object[]> invoiceRows = new ArrayList<>();
        List<Object[]> invoiceLineRows = new ArrayList<>();
        List<Object[]> paymentRows = new ArrayList<>();
        List<Object[]> factRows = new ArrayList<>();
        java.util.Set<List<Long>> backorders = new java.util.LinkedHashSet<>();
        for (int n = 0; n < count; n++) {
            long customer = firstCustomer + random.nextInt(customers);
            long owner = owners.get((int) ((customer - firstCustomer) % owners.size()));
            String status = status();
            LocalDateTime confirmed = today.minusDays(random.nextInt(730)).atTime(9 + random.nextInt(8), 0);
            LocalDate promised = confirmed.toLocalDate().plusDays(3 + random.nextInt(18));
            boolean shipped = switch (status) {
                case "CLOSED", "DELIVERED", "SHIPPED", "PARTIALLY_SHIPPED" -> true;
                default -> false;
            };
            boolean delivered = status.equals("CLOSED") || status.equals("DELIVERED");
            LocalDate deliveredOn = delivered ? confirmed.toLocalDate().plusDays(2 + random.nextInt(28)) : null;
            if (deliveredOn != null && deliveredOn.isAfter(today)) {
                deliveredOn = today;
            }
            int lines = 1 + random.nextInt(9);
            BigDecimal net = BigDecimal.ZERO;
            BigDecimal tax = BigDecimal.ZERO;
            BigDecimal open = BigDecimal.ZERO;
            int waitingProduction = 0;
            int waitingPurchase = 0;
            String number = "SO-B-" + orderId;
            long invoice = invoiceId;
            BigDecimal invNet = BigDecimal.ZERO;
            BigDecimal invTax = BigDecimal.ZERO;
            for (int l = 1; l <= lines; l++) {
                long product = firstProduct + random.nextInt(products);
                BigDecimal quantity = BigDecimal.valueOf(1 + random.nextInt(20)).setScale(3);
                BigDecimal price = BigDecimal.valueOf(20 + random.nextInt(2000)).setScale(2);
                BigDecimal lineNet = quantity.multiply(price).setScale(2, RoundingMode.HALF_UP);
                BigDecimal lineTax = lineNet.multiply(new BigDecimal("0.13")).setScale(2, RoundingMode.HALF_UP);
                BigDecimal shippedQty = status.equals("PARTIALLY_SHIPPED") && l % 2 == 0
                        ? BigDecimal.ZERO.setScale(3)
                        : shipped ? quantity : BigDecimal.ZERO.setScale(3);
                boolean openLine =
                        (status.equals("CONFIRMED") || status.equals("PARTIALLY_SHIPPED")) && shippedQty.signum() == 0;
                boolean waiting = openLine && random.nextInt(4) == 0;
                String supply = status.equals("DRAFT") || status.equals("CREDIT_HOLD")
                        ? null
                        : waiting ? (random.nextBoolean() ? "PRODUCTION" : "PURCHASE") : "STOCK";
                if (waiting) {
                    backorders.add(List.of(orderId, product));
                    if ("PRODUCTION".equals(supply)) {
                        waitingProduction++;
                    } else {
                        waitingPurchase++;
                    }
                }
                if (openLine) {
                    open = open.add(lineNet).add(lineTax);
                }
                lineRows.add(new Object[] {
                    lineId,
                    orderId,
                    l,
                    product,
                    quantity,
                    price,
                    lineNet,
                    lineTax,
                    lineNet.add(lineTax),
                    openLine && !waiting ? quantity : BigDecimal.ZERO,
                    shippedQty,
                    status.equals("CANCELLED") ? quantity : BigDecimal.ZERO,
                    supply,
                    supply == null ? null : Date.valueOf(promised)
                });
                if (shippedQty.signum() > 0) {
                    invoiceLineRows.add(new Object[] {
                        invoiceLineId++,
                        invoice,
                        lineId,
                        product,
                        "B-" + product,
                        shippedQty,
                        price,
                        lineNet,
                        lineTax,
                        lineNet.add(lineTax),
                        price.multiply(new BigDecimal("0.6")).setScale(4, RoundingMode.HALF_UP)
                    });
                    invNet = invNet.add(lineNet);
                    invTax = invTax.add(lineTax);
                }
                lineId++;
                net = net.add(lineNet);
                tax = tax.add(lineTax);
            }
            boolean confirmedOrder = !status.equals("DRAFT") && !status.equals("CREDIT_HOLD");
            orderRows.add(new Object[] {
                orderId,
                number,
                customer,
                owner,
                warehouse,
                status,
                confirmedOrder ? Date.valueOf(promised) : null,
                net,
                tax,
                net.add(tax),
                confirmedOrder ? Timestamp.valueOf(confirmed) : null,
                Timestamp.valueOf(confirmed.minusHours(2))
            });
            if (shipped) {
                LocalDate dispatched = confirmed.toLocalDate().plusDays(1);
                shipmentRows.add(new Object[] {
                    shipmentId,
                    "SHP-B-" + shipmentId,
                    orderId,
                    warehouse,
                    delivered ? "DELIVERED" : "DISPATCHED",
                    Timestamp.valueOf(dispatched.atTime(15, 0)),
                    deliveredOn == null ? null : Date.valueOf(deliveredOn),
                    // every generated shipment gets its invoice below
                    Timestamp.valueOf(dispatched.atTime(15, 0))
                });
                LocalDate invoiceDate = dispatched.isAfter(today) ? today : dispatched;
                // customers pay: closed orders and nearly every invoice older than its terms are paid, a few overdue
                boolean paid = status.equals("CLOSED")
                        || (invoiceDate.isBefore(today.minusDays(45)) && random.nextInt(100) >= 3);
                BigDecimal gross = invNet.add(invTax);
                invoiceRows.add(new Object[] {
                    invoice,
                    "INV-B-" + invoice,
                    customer,
                    owner,
                    orderId,
                    number,
                    shipmentId,
                    "SHP-B-" + shipmentId,
                    Date.valueOf(invoiceDate),
                    Date.valueOf(invoiceDate.plusDays(30)),
                    invNet,
                    invTax,
                    gross,
                    paid ? gross : BigDecimal.ZERO,
                    paid ? "PAID" : "ISSUED"
                });
                if (paid) {
                    paymentRows.add(new Object[] {
                        paymentId,
                        "PAY-B-" + paymentId,
                        customer,
                        Date.valueOf(
                                invoiceDate.plusDays(random.nextInt(40)).isAfter(today)
                                        ? today
                                        : invoiceDate.plusDays(20)),
                        gross,
                        gross
                    });
                    paymentId++;
                }
                invoiceId++;
                shipmentId++;
            }
            if (confirmedOrder) {
                boolean isOpen = status.equals("CONFIRMED") || status.equals("PARTIALLY_SHIPPED");
                Integer cycle = deliveredOn == null
                        ? null
                        : (int) java.time.temporal.ChronoUnit.DAYS.between(confirmed.toLocalDate(), deliveredOn);
                factRows.add(new Object[] {
                    orderId,
                    customer,
                    owner,
                    status,
                    Date.valueOf(confirmed.toLocalDate()),
                    Date.valueOf(promised),
                    deliveredOn == null ? null : Date.valueOf(deliveredOn),
                    cycle,
                    deliveredOn == null ? null : !deliveredOn.isAfter(promised),
                    net.add(tax),
                    isOpen ? open : BigDecimal.ZERO,
                    isOpen,
                    isOpen ? waitingProduction : 0,
                    isOpen ? waitingPurchase : 0
                });
            }
            orderId++;
            if (orderRows.size() >= BATCH) {
                flush(orderRows, orderSql, true);
                flush(lineRows, lineSql, true);
                flush(shipmentRows, shipmentSql, true);
                flush(invoiceRows, invoiceSql, true);
                flush(invoiceLineRows, invoiceLineSql, true);
                flush(paymentRows, paymentSql, true);
                flush(factRows, factSql, true);
            }
            if ((n + 1) % 100_000 == 0) {
                log.info("orders: {}", n + 1);
            }
        }
        flush(orderRows, orderSql, true);
        flush(lineRows, lineSql, true);
        flush(shipmentRows, shipmentSql, true);
        flush(invoiceRows, invoiceSql, true);
        flush(invoiceLineRows, invoiceLineSql, true);
        flush(paymentRows, paymentSql, true);
        flush(factRows, factSql, true);
        List<Object[]> backorderRows = new ArrayList<>();
        for (List<Long> b : backorders) {
            backorderRows.add(new Object[] {b.get(0), b.get(1)});
            flush(backorderRows, "INSERT INTO dsh_backorder (order_id, product_id) VALUES (?, ?)", false);
        }
        flush(backorderRows, "INSERT INTO dsh_backorder (order_id, product_id) VALUES (?, ?)", true);
        jdbc.update("DELETE FROM dsh_cycle_day");
        jdbc.update("DELETE FROM dsh_backlog");
        jdbc.update("INSERT INTO dsh_backlog (owner_id, orders, open_value, waiting_production, waiting_purchase)"
                + " SELECT owner_id, COUNT(*), SUM(open_value), SUM(waiting_production), SUM(waiting_purchase)"
                + " FROM dsh_order_fact WHERE is_open = TRUE GROUP BY owner_id");
        jdbc.update("INSERT INTO dsh_cycle_day (delivered_on, cycle_days, orders, on_time, promised)"
                + " SELECT delivered_on, cycle_days, COUNT(*), SUM(CASE WHEN on_time = TRUE THEN 1 ELSE 0 END),"
                + " COUNT(on_time) FROM dsh_order_fact WHERE delivered_on IS NOT NULL AND cycle_days IS NOT NULL"
                + " GROUP BY delivered_on, cycle_days");
    }

    private void generateTickets(
            int count, long firstCustomer, int customers, long firstProduct, int products, List<Long> owners) {
        long id = next("aft_ticket");
        String sql = "INSERT INTO aft_ticket (id, number, customer_id, customer_owner_id, product_id, type, priority,"
                + " channel, subject, description, status, opened_at, resolved_at, closed_at, resolution, csat,"
                + " sla_met, resolution_minutes, paused_minutes, version, root_cause)"
                + " VALUES (?, ?, ?, ?, ?, ?, 'NORMAL', 'PHONE', '基准工单 Bench', '-', ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?)";
        String[] types = {"QUESTION", "COMPLAINT", "REPAIR", "RETURN", "INSTALLATION"};
        String[] causes = {null, "DESIGN", "PRODUCTION", "SUPPLIER", "TRANSPORT", "USAGE"};
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long customer = firstCustomer + random.nextInt(customers);
            LocalDateTime opened = today.minusDays(random.nextInt(365)).atTime(10, 0);
            boolean finished = random.nextInt(10) < 8;
            String type = types[random.nextInt(types.length)];
            LocalDateTime resolved = finished ? opened.plusHours(1 + random.nextInt(100)) : null;
            rows.add(new Object[] {
                id,
                "TK-B-" + id,
                customer,
                owners.get((int) ((customer - firstCustomer) % owners.size())),
                type.equals("QUESTION") ? null : firstProduct + random.nextInt(products),
                type,
                finished ? "CLOSED" : random.nextBoolean() ? "IN_PROGRESS" : "NEW",
                Timestamp.valueOf(opened),
                resolved == null ? null : Timestamp.valueOf(resolved),
                resolved == null ? null : Timestamp.valueOf(resolved.plusHours(2)),
                finished ? "ok" : null,
                finished && random.nextBoolean() ? 1 + random.nextInt(5) : null,
                finished ? random.nextInt(10) < 8 : null,
                finished ? 60 + random.nextInt(3000) : null,
                type.equals("QUESTION") ? null : causes[random.nextInt(causes.length)]
            });
            id++;
            flush(rows, sql, false);
        }
        flush(rows, sql, true);
        log.info("tickets: {}", count);
    }

    private void generateOpportunities(int count, long firstCustomer, int customers, List<Long> owners) {
        String sql = "INSERT INTO opp_opportunity (customer_id, title, amount, currency, stage, probability,"
                + " expected_close_date, owner_id, closed_at, lost_reason, version, created_at)"
                + " VALUES (?, ?, ?, 'CNY', ?, ?, ?, ?, ?, ?, 0, ?)";
        String[] stages = {"PROSPECTING", "QUALIFICATION", "PROPOSAL", "NEGOTIATION", "WON", "LOST"};
        int[] probability = {10, 20, 50, 75, 100, 0};
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long customer = firstCustomer + random.nextInt(customers);
            int s = random.nextInt(stages.length);
            LocalDateTime created = today.minusDays(random.nextInt(700)).atTime(11, 0);
            boolean closed = s >= 4;
            rows.add(new Object[] {
                customer,
                "基准商机 Bench deal " + i,
                BigDecimal.valueOf(1000 + random.nextInt(500_000)).setScale(2),
                stages[s],
                probability[s],
                Date.valueOf(created.toLocalDate().plusDays(60)),
                owners.get((int) ((customer - firstCustomer) % owners.size())),
                closed ? Timestamp.valueOf(created.plusDays(5 + random.nextInt(60))) : null,
                s == 5 ? "价格 price" : null,
                Timestamp.valueOf(created)
            });
            flush(rows, sql, false);
        }
        flush(rows, sql, true);
        // the open pipeline per owner and stage, as the migration's backfill builds it
        jdbc.update("DELETE FROM opp_pipeline_total");
        jdbc.update("INSERT INTO opp_pipeline_total (owner_id, stage, opportunities, amount, weighted_x100)"
                + " SELECT owner_id, stage, COUNT(*), SUM(amount), SUM(amount * probability) FROM opp_opportunity"
                + " WHERE stage NOT IN ('WON', 'LOST') GROUP BY owner_id, stage");
        jdbc.update("DELETE FROM opp_closed_day");
        jdbc.update("INSERT INTO opp_closed_day (closed_on, owner_id, won, lost, won_minutes)"
                + " SELECT DATE(DATE_ADD(closed_at, INTERVAL 8 HOUR)), owner_id,"
                + " SUM(CASE WHEN stage = 'WON' THEN 1 ELSE 0 END), SUM(CASE WHEN stage = 'LOST' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN stage = 'WON' THEN TIMESTAMPDIFF(MINUTE, created_at, closed_at) ELSE 0 END)"
                + " FROM opp_opportunity WHERE stage IN ('WON', 'LOST') AND closed_at IS NOT NULL"
                + " GROUP BY DATE(DATE_ADD(closed_at, INTERVAL 8 HOUR)), owner_id");
        log.info("opportunities: {}", count);
        // the service days, as the migration's backfill counts them
        jdbc.update("DELETE FROM aft_resolved_day");
        jdbc.update(
                "INSERT INTO aft_resolved_day (resolved_on, resolved, within_sla, rated, csat_sum)"
                        + " SELECT DATE(DATE_ADD(resolved_at, INTERVAL 8 HOUR)), COUNT(*),"
                        + " SUM(CASE WHEN sla_met = TRUE THEN 1 ELSE 0 END), COUNT(csat), COALESCE(SUM(csat), 0)"
                        + " FROM aft_ticket WHERE resolved_at IS NOT NULL GROUP BY DATE(DATE_ADD(resolved_at, INTERVAL 8 HOUR))");
        jdbc.update("DELETE FROM aft_cause_day");
        jdbc.update("INSERT INTO aft_cause_day (opened_on, root_cause, tickets)"
                + " SELECT DATE(DATE_ADD(opened_at, INTERVAL 8 HOUR)), root_cause, COUNT(*) FROM aft_ticket"
                + " WHERE root_cause IS NOT NULL GROUP BY DATE(DATE_ADD(opened_at, INTERVAL 8 HOUR)), root_cause");
    }

    private void generateStockValues() {
        BigDecimal now = jdbc.queryForObject(
                "SELECT COALESCE(SUM(b.on_hand * p.standard_cost), 0) FROM inv_stock_balance b JOIN inv_product p"
                        + " ON p.id = b.product_id",
                BigDecimal.class);
        List<Object[]> rows = new ArrayList<>();
        for (int d = 400; d >= 1; d--) {
            rows.add(new Object[] {
                Date.valueOf(today.minusDays(d)),
                now.multiply(BigDecimal.valueOf(0.8 + random.nextDouble() * 0.4))
                        .setScale(2, RoundingMode.HALF_UP)
            });
        }
        jdbc.update("DELETE FROM dsh_stock_value_day WHERE snapshot_day < ?", Date.valueOf(today));
        flush(rows, "INSERT INTO dsh_stock_value_day (snapshot_day, stock_value) VALUES (?, ?)", true);
    }

    /** The revenue read models of the generated invoices, as the migration's backfill builds them. */
    private void buildRevenueReadModels() {
        long t0 = System.currentTimeMillis();
        jdbc.update(
                "INSERT INTO dsh_revenue_day (revenue_day, owner_id, tier, net, tax, cost)"
                        + " SELECT i.invoice_date, i.owner_id, COALESCE(c.tier, '-'), SUM(l.net_amount), SUM(l.tax_amount),"
                        + " SUM(ROUND(l.quantity * l.standard_cost, 2)) FROM fin_invoice i JOIN fin_invoice_line l"
                        + " ON l.invoice_id = i.id JOIN cus_customer c ON c.id = i.customer_id WHERE i.number LIKE 'INV-B-%'"
                        + " GROUP BY i.invoice_date, i.owner_id, COALESCE(c.tier, '-')"
                        + " ON DUPLICATE KEY UPDATE net = net + VALUES(net), tax = tax + VALUES(tax), cost = cost + VALUES(cost)");
        // the rankings: per month, quarter and year, per owner and for all owners (0)
        for (String key : List.of(
                "YEAR(i.invoice_date) * 100 + MONTH(i.invoice_date)",
                "YEAR(i.invoice_date) * 10 + QUARTER(i.invoice_date)",
                "YEAR(i.invoice_date)")) {
            String grain = key.contains("MONTH") ? "M" : key.contains("QUARTER") ? "Q" : "Y";
            for (String owner : List.of("i.owner_id", "0")) {
                jdbc.update("INSERT INTO dsh_revenue_customer (grain, period_key, customer_id, owner_id, net)"
                        + " SELECT '" + grain + "', " + key + ", i.customer_id, " + owner + ", SUM(i.net_total)"
                        + " FROM fin_invoice i WHERE i.number LIKE 'INV-B-%'"
                        + " GROUP BY " + key + ", i.customer_id" + (owner.equals("0") ? "" : ", " + owner)
                        + " ON DUPLICATE KEY UPDATE net = net + VALUES(net)");
                jdbc.update("INSERT INTO dsh_revenue_product (grain, period_key, product_id, owner_id, net, quantity)"
                        + " SELECT '" + grain + "', " + key + ", l.product_id, " + owner + ", SUM(l.net_amount),"
                        + " SUM(l.quantity) FROM fin_invoice i JOIN fin_invoice_line l ON l.invoice_id = i.id"
                        + " WHERE i.number LIKE 'INV-B-%' GROUP BY " + key + ", l.product_id"
                        + (owner.equals("0") ? "" : ", " + owner)
                        + " ON DUPLICATE KEY UPDATE net = net + VALUES(net), quantity = quantity + VALUES(quantity)");
            }
        }
        log.info("revenue read models built in {} s", (System.currentTimeMillis() - t0) / 1000);
    }

    private String status() {
        int r = random.nextInt(100);
        for (int i = 0; i < STATUSES.length; i++) {
            r -= STATUS_WEIGHTS[i];
            if (r < 0) {
                return STATUSES[i];
            }
        }
        return STATUSES[0];
    }

    private void flush(List<Object[]> rows, String sql, boolean force) {
        if (rows.isEmpty() || (!force && rows.size() < BATCH)) {
            return;
        }
        jdbc.batchUpdate(sql, rows);
        rows.clear();
    }
}
