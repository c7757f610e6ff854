package com.yiti.dashboard.internal;

import com.yiti.opportunity.OpportunityManagement;
import com.yiti.opportunity.OverdueOpportunity;
import com.yiti.order.OrderManagement;
import com.yiti.platform.NewTask;
import com.yiti.platform.TaskManagement;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Alert rules that no module raises itself: open orders that missed their promised date or will miss it (a line
 * waits for production or purchase expected after it), a task for the order's rep; open opportunities past their
 * expected close date, a task for their owner. One open task per record and rule;
 * it closes itself when the condition clears. Overdue invoices, low stock and SLA breaches are raised by finance,
 * inventory and after-sales already. Run by {@link AlertJob} on one instance at a time.
 */
@Component
public class Alerts {

    static final String LATE_ORDER = "dashboard.late-order";
    static final String OVERDUE_OPPORTUNITY = "dashboard.opportunity-past-close";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Records per transaction when raising or closing tasks. */
    public static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final OrderManagement orders;
    private final com.yiti.order.OrderFactsReader orderFacts;
    private final OpportunityManagement opportunities;
    private final com.yiti.production.ProductionManagement production;
    private final com.yiti.purchasing.PurchasingManagement purchasing;
    private final TaskManagement tasks;
    private final Clock clock;

    Alerts(
            JdbcTemplate jdbc,
            OrderManagement orders,
            com.yiti.order.OrderFactsReader orderFacts,
            OpportunityManagement opportunities,
            com.yiti.production.ProductionManagement production,
            com.yiti.purchasing.PurchasingManagement purchasing,
            TaskManagement tasks,
            Clock clock) {
        this.production = production;
        this.purchasing = purchasing;
        this.jdbc = jdbc;
        this.orders = orders;
        this.orderFacts = orderFacts;
        this.opportunities = opportunities;
        this.tasks = tasks;
        this.clock = clock;
    }

    /**
     * Raises and closes the alert tasks; returns how many records are in alert. Reads what is in alert, then raises
     * and closes tasks {@value #BATCH} at a time, each batch in its own short transaction: at a million orders a
     * single transaction would grow for minutes and hold the assignees' user rows (the tasks' foreign key) against
     * their sign-ins.
     */
    public int refresh() {
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        Set<String> openLate = tasks.openRecordRefs(LATE_ORDER);
        Set<String> lateRefs = new HashSet<>();
        List<Object[]> late = jdbc.query(
                "SELECT order_id, owner_id, promised_date FROM dsh_order_fact WHERE is_open = TRUE"
                        + " AND promised_date < ?",
                (rs, i) -> new Object[] {
                    rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate()
                },
                Date.valueOf(today));
        Map<String, Object[]> lateByRef = new java.util.HashMap<>();
        late.forEach(r -> lateByRef.put("order:" + r[0], r));
        lateRefs.addAll(lateByRef.keySet());
        // records already in alert keep their open task: raiseNew builds (and numbers) only the new ones, a batch at a
        // time
        tasks.raiseNew(LATE_ORDER, lateByRef.keySet(), refs -> {
            List<Object[]> batch = refs.stream().map(lateByRef::get).toList();
            Map<Long, String> numbers =
                    orders.numbers(batch.stream().map(r -> (Long) r[0]).toList());
            return batch.stream()
                    .map(r -> new NewTask(
                            "task.dashboard.lateOrder",
                            List.of(numbers.getOrDefault((Long) r[0], String.valueOf(r[0])), r[2].toString()),
                            "/orders/" + r[0],
                            (Long) r[1],
                            null,
                            today,
                            LATE_ORDER,
                            "order:" + r[0]))
                    .toList();
        });
        // not late yet, but waiting for supply expected after the promised date
        List<Object[]> waiting = jdbc.query(
                "SELECT order_id, owner_id, promised_date FROM dsh_order_fact WHERE is_open = TRUE"
                        + " AND (waiting_production > 0 OR waiting_purchase > 0) AND promised_date >= ?",
                (rs, i) -> new Object[] {
                    rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate()
                },
                Date.valueOf(today));
        for (List<Object[]> chunk : chunks(waiting)) {
            Map<Long, List<Long>> lines =
                    orderFacts.waitingLines(chunk.stream().map(r -> (Long) r[0]).toList());
            List<Long> lineIds = lines.values().stream().flatMap(List::stream).toList();
            Map<Long, LocalDate> expected = new java.util.HashMap<>(production.expectedFor(lineIds));
            purchasing.expectedFor(lineIds).forEach((k, v) -> expected.merge(k, v, (a, b) -> a.isAfter(b) ? a : b));
            List<Object[]> supplyLate = new java.util.ArrayList<>();
            for (Object[] r : chunk) {
                LocalDate promised = (LocalDate) r[2];
                LocalDate supply = lines.getOrDefault((Long) r[0], List.of()).stream()
                        .map(expected::get)
                        .filter(java.util.Objects::nonNull)
                        .max(LocalDate::compareTo)
                        .orElse(null);
                if (supply != null && supply.isAfter(promised)) {
                    lateRefs.add("order:" + r[0]);
                    if (!openLate.contains("order:" + r[0])) {
                        supplyLate.add(new Object[] {r[0], r[1], promised, supply});
                    }
                }
            }
            if (supplyLate.isEmpty()) {
                continue;
            }
            Map<Long, String> numbers =
                    orders.numbers(supplyLate.stream().map(x -> (Long) x[0]).toList());
            tasks.raiseAll(supplyLate.stream()
                    .map(r -> new NewTask(
                            "task.dashboard.supplyLate",
                            List.of(
                                    numbers.getOrDefault((Long) r[0], String.valueOf(r[0])),
                                    r[2].toString(),
                                    r[3].toString()),
                            "/orders/" + r[0],
                            (Long) r[1],
                            null,
                            today,
                            LATE_ORDER,
                            "order:" + r[0]))
                    .toList());
        }
        tasks.closeCleared(LATE_ORDER, lateRefs);
        Map<String, OverdueOpportunity> overdue = new java.util.HashMap<>();
        opportunities.pastCloseDate(today).forEach(o -> overdue.put("opportunity:" + o.id(), o));
        Set<String> overdueRefs = overdue.keySet();
        tasks.raiseNew(
                OVERDUE_OPPORTUNITY,
                overdueRefs,
                refs -> refs.stream()
                        .map(overdue::get)
                        .map(o -> new NewTask(
                                "task.dashboard.opportunityPastClose",
                                List.of(o.title(), o.expectedCloseDate().toString()),
                                "/opportunities/" + o.id(),
                                o.ownerId(),
                                null,
                                today,
                                OVERDUE_OPPORTUNITY,
                                "opportunity:" + o.id()))
                        .toList());
        tasks.closeCleared(OVERDUE_OPPORTUNITY, overdueRefs);
        return lateRefs.size() + overdueRefs.size();
    }

    static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new java.util.ArrayList<>();
        for (int from = 0; from < all.size(); from += BATCH) {
            chunks.add(all.subList(from, Math.min(from + BATCH, all.size())));
        }
        return chunks;
    }
}
