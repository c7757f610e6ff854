package com.yiti.dashboard.internal;

import com.yiti.customer.CustomerManagement;
import com.yiti.customer.CustomerSummary;
import com.yiti.finance.CreditNoteIssued;
import com.yiti.finance.InvoiceIssued;
import com.yiti.finance.RevenueLine;
import com.yiti.order.OrderChanged;
import com.yiti.order.OrderFacts;
import com.yiti.shared.BeforeCommit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the dashboards' read models in the transaction of the business change (synchronous listeners): an invoice
 * adds to the revenue tables, a credit note subtracts, and every order step refreshes the order's fact row once,
 * just before the transaction commits. The rows commit or roll back with the change, so they always agree with the
 * business tables (a test recomputes them).
 */
@Component
public class ReadModels {

    private static final Object ORDERS_KEY = ReadModels.class.getName() + ".orders";

    private final JdbcTemplate jdbc;
    private final CustomerManagement customers;
    private final com.yiti.order.OrderFactsReader orders;

    ReadModels(JdbcTemplate jdbc, CustomerManagement customers, com.yiti.order.OrderFactsReader orders) {
        this.jdbc = jdbc;
        this.customers = customers;
        this.orders = orders;
    }

    @EventListener
    void on(InvoiceIssued invoice) {
        revenue(invoice.invoiceDate(), invoice.customerId(), invoice.ownerId(), invoice.lines(), BigDecimal.ONE);
    }

    @EventListener
    void on(CreditNoteIssued note) {
        revenue(note.noteDate(), note.customerId(), note.ownerId(), note.lines(), BigDecimal.ONE.negate());
    }

    private void revenue(LocalDate day, long customerId, long ownerId, List<RevenueLine> lines, BigDecimal sign) {
        CustomerSummary customer = customers.summaries(List.of(customerId)).get(customerId);
        String tier = customer == null || customer.tier() == null
                ? "-"
                : customer.tier().name();
        List<Object[]> keys = RevenuePeriods.rowKeys(day, ownerId);
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal tax = BigDecimal.ZERO;
        BigDecimal cost = BigDecimal.ZERO;
        // per product, for the month, quarter and year, for the owner and for all owners (0); rows are upserted in
        // product order: two invoices at once lock them in the same order, never crosswise
        List<Object[]> productRows = new java.util.ArrayList<>();
        List<RevenueLine> byProduct = lines.stream()
                .sorted(java.util.Comparator.comparingLong(RevenueLine::productId))
                .toList();
        for (RevenueLine l : byProduct) {
            net = net.add(l.net());
            tax = tax.add(l.tax());
            cost = cost.add(l.cost());
            for (Object[] k : keys) {
                productRows.add(new Object[] {
                    k[0],
                    k[1],
                    l.productId(),
                    k[2],
                    l.net().multiply(sign),
                    l.quantity().multiply(sign)
                });
            }
        }
        jdbc.batchUpdate(
                "INSERT INTO dsh_revenue_product (grain, period_key, product_id, owner_id, net, quantity)"
                        + " VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE net = net + VALUES(net),"
                        + " quantity = quantity + VALUES(quantity)",
                productRows);
        jdbc.update(
                "INSERT INTO dsh_revenue_day (revenue_day, owner_id, tier, net, tax, cost) VALUES (?, ?, ?, ?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE net = net + VALUES(net), tax = tax + VALUES(tax),"
                        + " cost = cost + VALUES(cost)",
                day,
                ownerId,
                tier,
                net.multiply(sign),
                tax.multiply(sign),
                cost.multiply(sign));
        List<Object[]> customerRows = new java.util.ArrayList<>();
        for (Object[] k : keys) {
            customerRows.add(new Object[] {k[0], k[1], customerId, k[2], net.multiply(sign)});
        }
        jdbc.batchUpdate(
                "INSERT INTO dsh_revenue_customer (grain, period_key, customer_id, owner_id, net) VALUES (?, ?, ?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE net = net + VALUES(net)",
                customerRows);
    }

    /** Rows per owner the backlog is spread over (dashboard/006): readers sum them. */
    static final int BACKLOG_SLOTS = 8;

    /** Collects the orders a transaction touches; their fact rows are written once, before it commits. */
    @EventListener
    void on(OrderChanged changed) {
        BeforeCommit.collect(ORDERS_KEY, TreeSet<Long>::new, ids -> ids.add(changed.orderId()), this::refresh);
    }

    /** Writes an order's fact row from its current state (drafts are not facts yet). */
    public void refresh(long orderId) {
        refresh(Set.of(orderId));
    }

    /**
     * Writes the orders' fact rows, then moves their open values in the backlog per owner: once per owner, in owner
     * order, last (the orders are locked by then; two transactions never wait for each other's owner rows
     * crosswise).
     */
    private void refresh(Set<Long> orderIds) {
        Map<Long, Backlog> backlog = new TreeMap<>();
        orderIds.forEach(id -> fact(id, backlog));
        // one of the owner's slot rows, by the first order's id: parallel confirmations spread over the slots
        int slot = (int) (orderIds.iterator().next() % BACKLOG_SLOTS);
        backlog.forEach((owner, b) -> {
            if (!b.isZero()) {
                jdbc.update(
                        "INSERT INTO dsh_backlog (owner_id, slot, orders, open_value, waiting_production,"
                                + " waiting_purchase) VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE"
                                + " orders = orders + VALUES(orders),"
                                + " open_value = open_value + VALUES(open_value),"
                                + " waiting_production = waiting_production + VALUES(waiting_production),"
                                + " waiting_purchase = waiting_purchase + VALUES(waiting_purchase)",
                        owner,
                        slot,
                        b.orders,
                        b.openValue,
                        b.waitingProduction,
                        b.waitingPurchase);
            }
        });
    }

    /** An owner's share of open orders: the sums the backlog keeps, as a change. */
    private static final class Backlog {
        int orders;
        BigDecimal openValue = BigDecimal.ZERO;
        int waitingProduction;
        int waitingPurchase;

        void add(int sign, Number value, Number production, Number purchase) {
            orders += sign;
            openValue = openValue.add(new BigDecimal(value.toString()).multiply(BigDecimal.valueOf(sign)));
            waitingProduction += sign * production.intValue();
            waitingPurchase += sign * purchase.intValue();
        }

        boolean isZero() {
            return orders == 0 && openValue.signum() == 0 && waitingProduction == 0 && waitingPurchase == 0;
        }
    }

    private void fact(long orderId, Map<Long, Backlog> backlog) {
        OrderFacts f = orders.lockedFacts(orderId);
        if (f.confirmedOn() == null) {
            return;
        }
        List<java.util.Map<String, Object>> before = jdbc.queryForList(
                "SELECT delivered_on, cycle_days, on_time, is_open, owner_id, open_value, waiting_production,"
                        + " waiting_purchase FROM dsh_order_fact WHERE order_id = ? FOR UPDATE",
                orderId);
        if (!before.isEmpty() && isTrue(before.get(0).get("is_open"))) {
            java.util.Map<String, Object> old = before.get(0);
            backlog.computeIfAbsent(((Number) old.get("owner_id")).longValue(), k -> new Backlog())
                    .add(-1, (Number) old.get("open_value"), (Number) old.get("waiting_production"), (Number)
                            old.get("waiting_purchase"));
        }
        if (f.status().open()) {
            backlog.computeIfAbsent(f.ownerId(), k -> new Backlog())
                    .add(1, f.openValue(), f.waitingProduction(), f.waitingPurchase());
        }
        Integer cycle =
                f.deliveredOn() == null ? null : (int) ChronoUnit.DAYS.between(f.confirmedOn(), f.deliveredOn());
        Boolean onTime = f.deliveredOn() == null || f.promisedDate() == null
                ? null
                : !f.deliveredOn().isAfter(f.promisedDate());
        Object[] values = {
            f.customerId(),
            f.ownerId(),
            f.status().name(),
            f.confirmedOn(),
            f.promisedDate(),
            f.deliveredOn(),
            cycle,
            onTime,
            f.grossTotal(),
            f.openValue(),
            f.status().open(),
            f.waitingProduction(),
            f.waitingPurchase(),
            f.orderId()
        };
        int updated = jdbc.update(
                "UPDATE dsh_order_fact SET customer_id = ?, owner_id = ?, status = ?, confirmed_on = ?,"
                        + " promised_date = ?, delivered_on = ?, cycle_days = ?, on_time = ?, gross = ?, open_value = ?,"
                        + " is_open = ?, waiting_production = ?, waiting_purchase = ? WHERE order_id = ?",
                values);
        if (updated == 0) {
            jdbc.update(
                    "INSERT INTO dsh_order_fact (customer_id, owner_id, status, confirmed_on, promised_date,"
                            + " delivered_on, cycle_days, on_time, gross, open_value, is_open, waiting_production,"
                            + " waiting_purchase, order_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    values);
        }
        jdbc.update("DELETE FROM dsh_backorder WHERE order_id = ?", orderId);
        for (Long product : f.backorderedProducts()) {
            jdbc.update("INSERT INTO dsh_backorder (order_id, product_id) VALUES (?, ?)", orderId, product);
        }
        // the delivery histogram: the order leaves its old bucket and enters its new one
        if (!before.isEmpty()
                && before.get(0).get("delivered_on") != null
                && before.get(0).get("cycle_days") != null) {
            java.util.Map<String, Object> old = before.get(0);
            Object oldOnTime = old.get("on_time");
            deliveries(
                    old.get("delivered_on"),
                    ((Number) old.get("cycle_days")).intValue(),
                    -1,
                    isTrue(oldOnTime) ? -1 : 0,
                    oldOnTime == null ? 0 : -1);
        }
        if (f.deliveredOn() != null) {
            deliveries(f.deliveredOn(), cycle, 1, Boolean.TRUE.equals(onTime) ? 1 : 0, onTime == null ? 0 : 1);
        }
    }

    private static boolean isTrue(Object flag) {
        return Boolean.TRUE.equals(flag) || (flag instanceof Number n && n.intValue() == 1);
    }

    private void deliveries(Object day, int cycleDays, int orders, int onTime, int promised) {
        jdbc.update(
                "INSERT INTO dsh_cycle_day (delivered_on, cycle_days, orders, on_time, promised) VALUES (?, ?, ?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE orders = orders + VALUES(orders), on_time = on_time + VALUES(on_time),"
                        + " promised = promised + VALUES(promised)",
                day,
                cycleDays,
                orders,
                onTime,
                promised);
    }
}
