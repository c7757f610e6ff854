package com.yiti.finance.internal;

import com.yiti.contract.ContractFilter;
import com.yiti.contract.ContractManagement;
import com.yiti.contract.ContractStatus;
import com.yiti.contract.ContractView;
import com.yiti.finance.CollectionPlanData;
import com.yiti.finance.CollectionPlanning;
import com.yiti.finance.DueTrigger;
import com.yiti.finance.InstalmentData;
import com.yiti.finance.NewPayment;
import com.yiti.finance.PaymentMethod;
import com.yiti.inventory.InventoryManagement;
import com.yiti.order.LineData;
import com.yiti.order.OrderData;
import com.yiti.order.OrderManagement;
import com.yiti.order.OrderStatus;
import com.yiti.order.OrderView;
import com.yiti.platform.Role;
import com.yiti.platform.SystemActor;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Demo collection plans (issue 18), once, on the contracts of the contract demo: the annual agreement's plan — the 30%
 * advance received (a deposit for the contract), a progress payment overdue since earlier this month (a task for
 * sales1 and FINANCE at the next reminder run), one due next week, the retention after acceptance — and an order placed
 * under it (released by FINANCE if the customer's old invoices hold it); the retrofit's plan on delivery and
 * acceptance. After the approval demo (its flows first).
 */
@Component
@Order(83)
@ConditionalOnProperty(name = "yiti.demo-data", havingValue = "true")
class CollectionDemoData implements ApplicationRunner {

    private final CollectionPlans plans;
    private final CollectionPlanning planning;
    private final ContractManagement contracts;
    private final OrderManagement orders;
    private final InventoryManagement inventory;
    private final com.yiti.finance.PaymentManagement payments;
    private final com.yiti.order.CreditHolds creditHolds;
    private final Clock clock;

    CollectionDemoData(
            CollectionPlans plans,
            CollectionPlanning planning,
            ContractManagement contracts,
            OrderManagement orders,
            InventoryManagement inventory,
            com.yiti.finance.PaymentManagement payments,
            com.yiti.order.CreditHolds creditHolds,
            Clock clock) {
        this.creditHolds = creditHolds;
        this.plans = plans;
        this.planning = planning;
        this.contracts = contracts;
        this.orders = orders;
        this.inventory = inventory;
        this.payments = payments;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (plans.count() > 0 || inventory.warehouses().isEmpty()) {
            return;
        }
        Map<String, Long> sku = inventory.productIdsBySku(List.of("SEN-100"));
        if (sku.isEmpty()) {
            return; // not the standard demo catalogue
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        long sh01 = inventory.warehouses().get(0).id();
        List<ContractView> signed = SystemActor.runAs(
                "sales1",
                Role.SALES_REP,
                () -> contracts
                        .list(
                                new ContractFilter(null, ContractStatus.SIGNED, null),
                                PageRequest.of(0, 10, Sort.by("id")))
                        .getContent());
        if (signed.size() < 2) {
            return; // the contract demo did not run
        }
        ContractView annual = signed.stream()
                .max(java.util.Comparator.comparing(ContractView::value))
                .orElseThrow();
        ContractView oneOff =
                signed.stream().filter(c -> c.id() != annual.id()).findFirst().orElseThrow();
        // the retrofit's advance fell due earlier this month (up to ten days ago) and has not come: the rep and FINANCE
        // are told, and the manager's dashboard counts it in this month's collections
        LocalDate progressDue =
                today.minusDays(10).isBefore(today.withDayOfMonth(1)) ? today.withDayOfMonth(1) : today.minusDays(10);
        // the annual agreement: the advance received, a progress payment overdue, one due next week, the retention
        // a year after acceptance; an order placed under it
        SystemActor.runAs("finance", Role.FINANCE, () -> {
            planning.create(new CollectionPlanData(
                    annual.id(),
                    null,
                    "30 / 40 / 20 / 10",
                    List.of(
                            new InstalmentData("预付款 Advance", DueTrigger.SIGNING, 7, null, null, new BigDecimal("30")),
                            new InstalmentData(
                                    "进度款 Progress payment",
                                    DueTrigger.DATE,
                                    null,
                                    progressDue,
                                    null,
                                    new BigDecimal("40")),
                            new InstalmentData(
                                    "到货款 On delivery",
                                    DueTrigger.DATE,
                                    null,
                                    today.plusDays(5),
                                    null,
                                    new BigDecimal("20")),
                            new InstalmentData(
                                    "质保金 Retention", DueTrigger.ACCEPTANCE, 365, null, null, new BigDecimal("10")))));
            return payments.recordPayment(new NewPayment(
                    annual.customerId(),
                    today.minusDays(16),
                    annual.value().multiply(new BigDecimal("0.30")).setScale(2, RoundingMode.HALF_UP),
                    PaymentMethod.BANK_TRANSFER,
                    annual.number() + " 预付款 30%",
                    false,
                    Map.of(),
                    null,
                    annual.id()));
        });
        OrderView placed = SystemActor.runAs("sales1", Role.SALES_REP, () -> {
            OrderView draft = orders.create(
                    new OrderData(annual.customerId(), sh01, "PO-" + annual.number(), null, null, annual.id()));
            draft = orders.addLine(
                    draft.id(), draft.version(), new LineData(sku.get("SEN-100"), new BigDecimal("40"), null, null));
            return orders.confirm(draft.id(), null);
        });
        if (placed.status() == OrderStatus.CREDIT_HOLD) {
            // the customer has old invoices overdue; FINANCE releases the order: the contract's advance is in
            SystemActor.runAs(
                    "finance",
                    Role.FINANCE,
                    () -> creditHolds.releaseCreditHold(
                            placed.id(), "合同预付款已到账 The contract's advance has been received"));
        }
        // the retrofit: half fifteen days after delivery, half ninety days after acceptance
        SystemActor.runAs(
                "sales1",
                Role.SALES_REP,
                () -> planning.create(new CollectionPlanData(
                        oneOff.id(),
                        null,
                        null,
                        List.of(
                                new InstalmentData(
                                        "到货款 On delivery", DueTrigger.DELIVERY, 15, null, null, new BigDecimal("50")),
                                new InstalmentData(
                                        "验收款 On acceptance",
                                        DueTrigger.ACCEPTANCE,
                                        90,
                                        null,
                                        null,
                                        new BigDecimal("50"))))));
    }
}
