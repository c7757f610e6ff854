package com.yiti.finance;

import com.yiti.customer.CustomerManagement;
import com.yiti.customer.CustomerSummary;
import com.yiti.finance.internal.Invoice;
import com.yiti.finance.internal.Invoices;
import com.yiti.order.OrderView;
import com.yiti.platform.NewTask;
import com.yiti.platform.Role;
import com.yiti.platform.TaskManagement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credit control: FINANCE releases or rejects an order the credit check held, and overdue invoices become FINANCE
 * tasks (closed when paid or credited). Split out of {@link ReceivablesManagement}.
 */
@Service
@Transactional
public class CreditControl {

    private final Invoices invoices;
    private final com.yiti.order.CreditHolds creditHolds;
    private final CustomerManagement customers;
    private final TaskManagement tasks;
    private final Clock clock;

    private final com.yiti.automation.Automation automation;

    CreditControl(
            Invoices invoices,
            com.yiti.order.CreditHolds creditHolds,
            CustomerManagement customers,
            TaskManagement tasks,
            Clock clock,
            com.yiti.automation.Automation automation) {
        this.automation = automation;
        this.invoices = invoices;
        this.creditHolds = creditHolds;
        this.customers = customers;
        this.tasks = tasks;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('FINANCE')")
    public OrderView releaseHold(long orderId, String note) {
        OrderView released = creditHolds.releaseCreditHold(orderId, note);
        tasks.closeFor(FinanceCreditCheck.HOLD_RULE, FinanceCreditCheck.holdRef(orderId));
        return released;
    }

    @PreAuthorize("hasRole('FINANCE')")
    public OrderView rejectHold(long orderId, String note) {
        OrderView rejected = creditHolds.rejectCreditHold(orderId, note);
        tasks.closeFor(FinanceCreditCheck.HOLD_RULE, FinanceCreditCheck.holdRef(orderId));
        return rejected;
    }

    /**
     * Overdue invoices become FINANCE tasks (one per invoice, closed when it is paid or credited); run by one
     * scheduled job at a time. Returns how many invoices are overdue.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public int refreshOverdueTasks() {
        LocalDate today = today();
        List<Invoice> list = invoices.overdue(today, ReceivablesManagement.OPEN);
        Map<String, Invoice> byRef =
                list.stream().collect(Collectors.toMap(i -> ReceivablesManagement.overdueRef(i.getId()), i -> i));
        tasks.raiseNew(ReceivablesManagement.OVERDUE_RULE, byRef.keySet(), refs -> {
            List<Invoice> batch = refs.stream().map(byRef::get).toList();
            Map<Long, CustomerSummary> names = customers.summaries(
                    batch.stream().map(Invoice::getCustomerId).collect(Collectors.toSet()));
            // an invoice newly overdue, for the automation rules that listen (decision 053)
            automation.publishAll(
                    "invoice.overdue",
                    () -> batch.stream()
                            .map(i -> new com.yiti.automation.AutomationEvent(
                                    "invoice.overdue",
                                    "invoice",
                                    i.getId(),
                                    i.getNumber(),
                                    "/finance/invoices/" + i.getId(),
                                    i.getOwnerId(),
                                    i.getCustomerId(),
                                    names.get(i.getCustomerId()).name(),
                                    Map.of(
                                            "amount",
                                            i.getGrossTotal().toPlainString(),
                                            "open",
                                            i.open().toPlainString(),
                                            "daysOverdue",
                                            String.valueOf(java.time.temporal.ChronoUnit.DAYS.between(
                                                    i.getDueDate(), today)))))
                            .toList());
            return batch.stream()
                    .map(i -> new NewTask(
                            "task.finance.overdue",
                            List.of(
                                    i.getNumber(),
                                    names.get(i.getCustomerId()).name(),
                                    ReceivablesManagement.money(i.open())),
                            "/finance/invoices/" + i.getId(),
                            null,
                            Role.FINANCE,
                            today,
                            ReceivablesManagement.OVERDUE_RULE,
                            ReceivablesManagement.overdueRef(i.getId())))
                    .toList();
        });
        tasks.closeCleared(ReceivablesManagement.OVERDUE_RULE, byRef.keySet());
        return byRef.size();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ReceivablesManagement.BUSINESS_ZONE));
    }
}
