package com.yiti.finance;

import com.yiti.customer.CustomerManagement;
import com.yiti.customer.CustomerSummary;
import com.yiti.finance.internal.CollectionPlan;
import com.yiti.finance.internal.CollectionPlans;
import com.yiti.platform.NewTask;
import com.yiti.platform.Role;
import com.yiti.platform.TaskManagement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Instalments falling due become payment requests, overdue ones a chase: a task for the customer's rep and for FINANCE
 * each, once per instalment; they close by themselves once the instalment is collected (or moves from due to overdue).
 * Run hourly on one node at a time ({@code CollectionReminderJob}); the tasks are raised in batches with their own
 * transactions.
 */
@Component
public class CollectionReminders {

    public static final String DUE_RULE = "finance.instalment-due";
    public static final String OVERDUE_RULE = "finance.instalment-overdue";

    private final CollectionPlans plans;
    private final CollectionPlanning planning;
    private final CustomerManagement customers;
    private final TaskManagement tasks;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    private final com.yiti.automation.Automation automation;

    CollectionReminders(
            CollectionPlans plans,
            CollectionPlanning planning,
            CustomerManagement customers,
            TaskManagement tasks,
            org.springframework.transaction.PlatformTransactionManager transactions,
            Clock clock,
            com.yiti.automation.Automation automation) {
        this.automation = automation;
        this.plans = plans;
        this.planning = planning;
        this.customers = customers;
        this.tasks = tasks;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    /** Raises the tasks of instalments due within a week or overdue, and closes those no longer in alert. */
    public void refresh() {
        LocalDate today = LocalDate.now(clock.withZone(ReceivablesManagement.BUSINESS_ZONE));
        Map<String, NewTask> due = new HashMap<>();
        Map<String, NewTask> overdue = new HashMap<>();
        Map<String, com.yiti.automation.AutomationEvent> dueEvents = new HashMap<>();
        readOnly.executeWithoutResult(status -> {
            List<Long> ids = plans.withInstalmentsDue(
                    LocalDate.of(2000, 1, 1), today.plusDays(CollectionPlanning.DUE_SOON_DAYS));
            List<CollectionPlan> found = plans.findAllById(ids);
            Map<Long, List<Long>> contractOrders = planning.contractOrders(found);
            for (CollectionPlan plan : found) {
                CustomerSummary customer =
                        customers.summary(plan.getCustomerId()).orElse(null);
                if (customer == null) {
                    continue;
                }
                String document = plan.getContractNumber() != null ? plan.getContractNumber() : plan.getOrderNumber();
                String link = plan.getContractId() != null
                        ? "/contracts/" + plan.getContractId()
                        : "/orders/" + plan.getOrderId();
                for (InstalmentView i : planning.instalments(plan, planning.collected(plan, contractOrders))) {
                    if (i.dueDate() == null || i.status() == InstalmentStatus.COLLECTED) {
                        continue;
                    }
                    String ref = "INST-" + i.id();
                    dueEvents.put(
                            ref,
                            new com.yiti.automation.AutomationEvent(
                                    "instalment.due",
                                    "instalment",
                                    i.id(),
                                    document + " " + i.label(),
                                    link,
                                    customer.ownerId(),
                                    customer.id(),
                                    customer.name(),
                                    java.util.Map.of(
                                            "amount",
                                            i.open().toPlainString(),
                                            "daysToDue",
                                            String.valueOf(
                                                    java.time.temporal.ChronoUnit.DAYS.between(today, i.dueDate())))));
                    List<String> args = List.of(
                            i.label(),
                            document,
                            customer.name(),
                            ReceivablesManagement.money(i.open(), plan.getCurrency()),
                            i.dueDate().toString());
                    if (i.dueDate().isBefore(today)) {
                        overdue.put(
                                ref,
                                new NewTask(
                                        "collection.task.overdue",
                                        args,
                                        link,
                                        customer.ownerId(),
                                        Role.FINANCE,
                                        today,
                                        OVERDUE_RULE,
                                        ref));
                    } else {
                        due.put(
                                ref,
                                new NewTask(
                                        "collection.task.due",
                                        args,
                                        link,
                                        customer.ownerId(),
                                        Role.FINANCE,
                                        i.dueDate(),
                                        DUE_RULE,
                                        ref));
                    }
                }
            }
        });
        tasks.raiseNew(DUE_RULE, due.keySet(), refs -> {
            // an instalment newly due within a week, for the automation rules that listen (decision 053)
            automation.publishAll(
                    "instalment.due", () -> refs.stream().map(dueEvents::get).toList());
            return refs.stream().map(due::get).toList();
        });
        tasks.closeCleared(DUE_RULE, new HashSet<>(due.keySet()));
        tasks.raiseNew(
                OVERDUE_RULE,
                overdue.keySet(),
                refs -> refs.stream().map(overdue::get).toList());
        tasks.closeCleared(OVERDUE_RULE, Set.copyOf(overdue.keySet()));
    }
}
