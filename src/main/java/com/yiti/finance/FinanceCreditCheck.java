package com.yiti.finance;

import com.yiti.customer.CreditTerms;
import com.yiti.finance.internal.Invoices;
import com.yiti.order.OrderCancelled;
import com.yiti.order.spi.CreditCheck;
import com.yiti.order.spi.CreditDecision;
import com.yiti.order.spi.OrderForCredit;
import com.yiti.platform.NewTask;
import com.yiti.platform.Role;
import com.yiti.platform.TaskManagement;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The credit check inside order confirmation (the SAP pattern): with the customer's row locked, so two orders of one
 * customer decide one after the other, an order is held when the customer has an invoice overdue past the grace
 * period, or when exposure (open receivables + confirmed orders still to ship) plus this order would exceed the
 * credit limit. Money received but not yet allocated (a prepayment) counts against the exposure, so with a limit of
 * 0 (prepayment only) a prepaid order passes. No limit means no check. A hold becomes a task for FINANCE.
 */
@Component
class FinanceCreditCheck implements CreditCheck {

    static final String HOLD_RULE = "finance.credit-hold";

    private final com.yiti.customer.CreditTermsManagement creditTerms;
    private final Invoices invoices;
    private final CustomerExposure exposures;
    private final TaskManagement tasks;
    private final Clock clock;
    private final int graceDays;

    FinanceCreditCheck(
            com.yiti.customer.CreditTermsManagement creditTerms,
            Invoices invoices,
            CustomerExposure exposures,
            TaskManagement tasks,
            Clock clock,
            @Value("${yiti.finance.overdue-grace-days:30}") int graceDays) {
        this.creditTerms = creditTerms;
        this.invoices = invoices;
        this.exposures = exposures;
        this.tasks = tasks;
        this.clock = clock;
        this.graceDays = graceDays;
    }

    @Override
    public CreditDecision check(OrderForCredit order) {
        CreditTerms terms = creditTerms.creditTermsForDecision(order.customerId());
        LocalDate today = LocalDate.now(clock.withZone(ReceivablesManagement.BUSINESS_ZONE));
        LocalDate oldestDue = invoices.oldestDue(terms.customerId(), ReceivablesManagement.OPEN);
        CreditDecision decision = CreditDecision.pass();
        if (oldestDue != null && oldestDue.isBefore(today.minusDays(graceDays))) {
            decision = CreditDecision.hold(
                    "credit.hold.overdue", String.valueOf(ChronoUnit.DAYS.between(oldestDue, today)));
        } else if (terms.creditLimit() != null) {
            // in CNY at today's rate, like the limit: foreign invoices, orders and payments converted
            BigDecimal exposure = exposures.of(terms.customerId(), false).exposure();
            BigDecimal thisOrder = exposures.toCny(order.grossTotal(), order.currency(), today);
            if (exposure.add(thisOrder).compareTo(terms.creditLimit()) > 0) {
                decision = CreditDecision.hold(
                        "credit.hold.overLimit",
                        ReceivablesManagement.money(thisOrder),
                        ReceivablesManagement.money(exposure),
                        ReceivablesManagement.money(terms.creditLimit()));
            }
        }
        if (!decision.hold()) {
            // held before and passes now (limit raised, invoices paid): finance has nothing left to decide
            tasks.closeFor(HOLD_RULE, holdRef(order.orderId()));
        } else {
            tasks.raise(new NewTask(
                    "task.finance.creditHold",
                    List.of(order.number(), terms.name()),
                    "/finance/holds",
                    null,
                    Role.FINANCE,
                    today,
                    HOLD_RULE,
                    holdRef(order.orderId())));
        }
        return decision;
    }

    /** A held order cancelled by its rep (or rejected) leaves finance nothing to decide. */
    @org.springframework.context.event.EventListener
    void on(OrderCancelled cancelled) {
        tasks.closeFor(HOLD_RULE, holdRef(cancelled.orderId()));
    }

    static String holdRef(long orderId) {
        return "order:" + orderId;
    }
}
