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
import org.springframework.transaction.annotation.Transactional;

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

    private final JdbcTemplate jdbc;
    private final OrderManagement orders;
    private final OpportunityManagement opportunities;
    private final com.yiti.production.ProductionManagement production;
    private final com.yiti.purchasing.PurchasingManagement purchasing;
    private final TaskManagement tasks;
    private final Clock clock;

    Alerts(
            JdbcTemplate jdbc,
            OrderManagement orders,
            OpportunityManagement opportunities,
            com.yiti.production.ProductionManagement production,
            com.yiti.purchasing.PurchasingManagement purchasing,
            TaskManagement tasks,
            Clock clock) {
        this.production = production;
        this.purchasing = purchasing;
        this.jdbc = jdbc;
        this.orders = orders;
        this.opportunities = opportunities;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** Raises and closes the alert tasks; returns how many records are in alert. */
    @Transactional
    public int refresh() {
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        List<Object[]> late = jdbc.query(
                "SELECT order_id, owner_id, promised_date FROM dsh_order_fact WHERE is_open = TRUE"
                        + " AND promised_date < ?",
                (rs, i) -> new Object[] {
                    rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate()
                },
                Date.valueOf(today));
        // records already in alert keep their open task: only new ones are raised (and their numbers looked up)
        Set<String> openLate = tasks.openRecordRefs(LATE_ORDER);
        Map<Long, String> numbers = orders.numbers(late.stream()
                .map(r -> (Long) r[0])
                .filter(id -> !openLate.contains("order:" + id))
                .toList());
        Set<String> lateRefs = new HashSet<>();
        for (Object[] r : late) {
            String ref = "order:" + r[0];
            lateRefs.add(ref);
            if (openLate.contains(ref)) {
                continue;
            }
            tasks.raise(new NewTask(
                    "task.dashboard.lateOrder",
                    List.of(numbers.getOrDefault((Long) r[0], String.valueOf(r[0])), r[2].toString()),
                    "/orders/" + r[0],
                    (Long) r[1],
                    null,
                    today,
                    LATE_ORDER,
                    ref));
        }
        // not late yet, but waiting for supply expected after the promised date
        List<Object[]> waiting = jdbc.query(
                "SELECT order_id, owner_id, promised_date FROM dsh_order_fact WHERE is_open = TRUE"
                        + " AND (waiting_production > 0 OR waiting_purchase > 0) AND promised_date >= ?",
                (rs, i) -> new Object[] {
                    rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate()
                },
                Date.valueOf(today));
        for (int from = 0; from < waiting.size(); from += 500) {
            List<Object[]> chunk = waiting.subList(from, Math.min(from + 500, waiting.size()));
            Map<Long, List<Long>> lines =
                    orders.waitingLines(chunk.stream().map(r -> (Long) r[0]).toList());
            List<Long> lineIds = lines.values().stream().flatMap(List::stream).toList();
            Map<Long, LocalDate> expected = new java.util.HashMap<>(production.expectedFor(lineIds));
            purchasing.expectedFor(lineIds).forEach((k, v) -> expected.merge(k, v, (a, b) -> a.isAfter(b) ? a : b));
            Map<Long, String> chunkNumbers = null;
            for (Object[] r : chunk) {
                LocalDate promised = (LocalDate) r[2];
                LocalDate supply = lines.getOrDefault((Long) r[0], List.of()).stream()
                        .map(expected::get)
                        .filter(java.util.Objects::nonNull)
                        .max(LocalDate::compareTo)
                        .orElse(null);
                if (supply == null || !supply.isAfter(promised)) {
                    continue;
                }
                if (chunkNumbers == null) {
                    chunkNumbers =
                            orders.numbers(chunk.stream().map(x -> (Long) x[0]).toList());
                }
                String ref = "order:" + r[0];
                lateRefs.add(ref);
                if (openLate.contains(ref)) {
                    continue;
                }
                tasks.raise(new NewTask(
                        "task.dashboard.supplyLate",
                        List.of(
                                chunkNumbers.getOrDefault((Long) r[0], String.valueOf(r[0])),
                                promised.toString(),
                                supply.toString()),
                        "/orders/" + r[0],
                        (Long) r[1],
                        null,
                        today,
                        LATE_ORDER,
                        ref));
            }
        }
        close(LATE_ORDER, openLate, lateRefs);
        Set<String> openOverdue = tasks.openRecordRefs(OVERDUE_OPPORTUNITY);
        Set<String> overdueRefs = new HashSet<>();
        for (OverdueOpportunity o : opportunities.pastCloseDate(today)) {
            String ref = "opportunity:" + o.id();
            overdueRefs.add(ref);
            if (openOverdue.contains(ref)) {
                continue;
            }
            tasks.raise(new NewTask(
                    "task.dashboard.opportunityPastClose",
                    List.of(o.title(), o.expectedCloseDate().toString()),
                    "/opportunities/" + o.id(),
                    o.ownerId(),
                    null,
                    today,
                    OVERDUE_OPPORTUNITY,
                    ref));
        }
        close(OVERDUE_OPPORTUNITY, openOverdue, overdueRefs);
        return lateRefs.size() + overdueRefs.size();
    }

    /** Closes the open tasks of a rule whose record is no longer in alert. */
    private void close(String rule, Set<String> open, Set<String> current) {
        open.stream().filter(ref -> !current.contains(ref)).forEach(ref -> tasks.closeFor(rule, ref));
    }
}
