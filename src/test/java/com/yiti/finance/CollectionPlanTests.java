package com.yiti.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.contract.ContractManagement;
import com.yiti.contract.ContractView;
import com.yiti.customer.CustomerView;
import com.yiti.inventory.ProductType;
import com.yiti.inventory.ProductView;
import com.yiti.order.FulfilmentManagement;
import com.yiti.order.LineData;
import com.yiti.order.OrderData;
import com.yiti.order.OrderManagement;
import com.yiti.order.OrderView;
import com.yiti.order.ShipmentView;
import com.yiti.platform.TaskManagement;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.RecordNotFoundException;
import com.yiti.support.CrmFixtures;
import com.yiti.support.OrderFixtures;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Collection plans (回款计划, issue 18): instalments by date or milestone on a contract or an order; the money the
 * customer paid for it — a deposit for the contract, payments applied to its orders' invoices — is applied to the
 * instalments in order, counted once; overdue instalments become tasks for the rep and FINANCE and close when paid.
 */
@YitiTest
class CollectionPlanTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    CollectionPlanning planning;

    @Autowired
    CollectionReminders reminders;

    @Autowired
    ContractManagement contracts;

    @Autowired
    com.yiti.support.ContractFixtures contractFixtures;

    @Autowired
    PaymentManagement payments;

    @Autowired
    ReceivablesManagement receivables;

    @Autowired
    LedgerManagement ledger;

    @Autowired
    OrderManagement orders;

    @Autowired
    FulfilmentManagement fulfilment;

    @Autowired
    TaskManagement tasks;

    @Autowired
    OrderFixtures fixtures;

    @Autowired
    CrmFixtures crm;

    @Autowired
    TestUsers users;

    @Autowired
    MockMvc mvc;

    /** A contract signed on a day, through its approval flow as its approvers would. */
    ContractView signedContract(CustomerView customer, String value, LocalDate signedOn) {
        return contractFixtures.signed("sales1", customer.id(), value, signedOn);
    }

    static InstalmentData pct(String label, DueTrigger trigger, int days, String percent) {
        return new InstalmentData(label, trigger, days, null, null, new BigDecimal(percent));
    }

    @Test
    void paymentsForTheContractFillTheInstalmentsInOrderAndAreCountedOnce() {
        ProductView p = fixtures.product(ProductType.BOUGHT, "100.00", 3, "20");
        CustomerView customer = crm.customerOf("sales1");
        ContractView c = signedContract(customer, "1130.00", TODAY.minusDays(10));
        CollectionPlanView plan = users.runAs(
                "sales1",
                () -> planning.create(new CollectionPlanData(
                        c.id(),
                        null,
                        null,
                        List.of(
                                pct("预付款", DueTrigger.SIGNING, 7, "30"),
                                pct("到货款", DueTrigger.DELIVERY, 30, "60"),
                                pct("质保金", DueTrigger.ACCEPTANCE, 365, "10")))));
        assertThat(plan.total()).isEqualByComparingTo("1130.00");
        assertThat(plan.instalments())
                .extracting(InstalmentView::amount)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("339.00"), new BigDecimal("678.00"), new BigDecimal("113.00"));
        InstalmentView advance = plan.instalments().get(0);
        assertThat(advance.dueDate()).as("signed 10 days ago + 7").isEqualTo(TODAY.minusDays(3));
        assertThat(advance.status()).isEqualTo(InstalmentStatus.OVERDUE);
        assertThat(plan.instalments().get(1).status()).isEqualTo(InstalmentStatus.WAITING);
        assertThat(plan.rate()).isEqualByComparingTo("0.0");

        try {
            mvc.perform(get("/api/v1/contracts/" + c.id() + "/collection-plan")
                            .header("Authorization", "Bearer demo-sales1-key"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.id").value(plan.id()))
                    .andExpect(jsonPath("$.instalments[0].status").value("OVERDUE"));
            mvc.perform(get("/api/v1/contracts/" + c.id() + "/collection-plan")
                            .header("Authorization", "Bearer demo-sales3-key"))
                    .andExpect(status().isNotFound());
        } catch (Exception e) {
            throw new AssertionError(e);
        }

        // the overdue advance is a task for the rep and FINANCE
        String advanceRef = "INST-" + advance.id();
        reminders.refresh();
        assertThat(tasks.openRecordRefs(CollectionReminders.OVERDUE_RULE)).contains(advanceRef);

        // the customer pays the advance as a deposit for the contract
        users.runAs(
                "finance",
                () -> payments.recordPayment(new NewPayment(
                        customer.id(),
                        TODAY,
                        new BigDecimal("339.00"),
                        PaymentMethod.BANK_TRANSFER,
                        "预付款",
                        true,
                        Map.of(),
                        null,
                        c.id())));
        CollectionPlanView paid = users.runAs("sales1", () -> planning.get(plan.id()));
        assertThat(paid.instalments().get(0).status()).isEqualTo(InstalmentStatus.COLLECTED);
        assertThat(paid.collected()).isEqualByComparingTo("339.00");
        assertThat(paid.rate()).isEqualByComparingTo("100.0");
        reminders.refresh();
        assertThat(tasks.openRecordRefs(CollectionReminders.OVERDUE_RULE)).doesNotContain(advanceRef);

        // an order under the contract is shipped and invoiced (¥904.00): the contract's deposit pays part of it
        OrderView order = users.runAs("sales1", () -> {
            OrderView o = orders.create(new OrderData(customer.id(), fixtures.warehouse(), null, null, null, c.id()));
            o = orders.addLine(o.id(), o.version(), new LineData(p.id(), new BigDecimal("8"), null, null));
            return orders.confirm(o.id(), null);
        });
        ShipmentView shipment = users.runAs(
                "warehouse",
                () -> fixtures.ship(order.id(), order.lines().get(0).id(), "8", "SF-PLAN-1"));
        InvoiceView invoice = InvoiceAwait.invoiceOf(users, receivables, order.id());
        assertThat(invoice.paid()).as("the contract's deposit applied").isEqualByComparingTo("339.00");
        assertThat(users.runAs("sales1", () -> planning.get(plan.id())).collected())
                .as("the deposit is not counted again when it pays the invoice")
                .isEqualByComparingTo("339.00");

        // delivery dates the second instalment; the rest of the invoice paid counts for it
        users.runAs("warehouse", () -> fulfilment.markDelivered(shipment.id(), shipment.version(), TODAY));
        users.runAs(
                "finance",
                () -> payments.recordPayment(new NewPayment(
                        customer.id(),
                        TODAY,
                        new BigDecimal("565.00"),
                        PaymentMethod.BANK_TRANSFER,
                        "货款",
                        false,
                        Map.of(invoice.id(), new BigDecimal("565.00")))));
        CollectionPlanView after = users.runAs("finance", () -> planning.get(plan.id()));
        assertThat(after.deliveredOn()).isEqualTo(TODAY);
        InstalmentView onDelivery = after.instalments().get(1);
        assertThat(onDelivery.dueDate()).isEqualTo(TODAY.plusDays(30));
        assertThat(onDelivery.collected()).isEqualByComparingTo("565.00");
        assertThat(onDelivery.status()).isEqualTo(InstalmentStatus.PARTLY_COLLECTED);
        assertThat(after.collected()).isEqualByComparingTo("904.00");
        assertThat(after.plannedToDate()).isEqualByComparingTo("339.00");
        assertThat(after.instalments().get(2).status()).isEqualTo(InstalmentStatus.WAITING);

        // acceptance entered by hand dates the retention a year on
        CollectionPlanView accepted = users.runAs(
                "sales1", () -> planning.milestones(plan.id(), after.version(), after.signedOn(), TODAY, TODAY));
        assertThat(accepted.instalments().get(2).dueDate()).isEqualTo(TODAY.plusDays(365));
        assertThat(users.runAs("finance", () -> ledger.violations())).isEmpty();

        // the manager's period figures include this month's advance
        CollectionAchievement month =
                users.runAs("manager", () -> planning.achievement(TODAY.withDayOfMonth(1), TODAY.plusDays(400)));
        assertThat(month.planned()).isGreaterThanOrEqualTo(new BigDecimal("1130.00"));
        assertThat(month.collected()).isGreaterThanOrEqualTo(new BigDecimal("904.00"));
    }

    @Test
    void instalmentsAddUpToTheTotalToTheCentAndBadRowsAreNamed() {
        CustomerView customer = crm.customerOf("sales1");
        ContractView c = signedContract(customer, "100.01", TODAY);
        // 33.33 % three times misses 100.01 by a cent: the last percentage takes it
        CollectionPlanView plan = users.runAs(
                "finance",
                () -> planning.create(new CollectionPlanData(
                        c.id(),
                        null,
                        null,
                        List.of(
                                pct("一期", DueTrigger.SIGNING, 0, "33.33"),
                                pct("二期", DueTrigger.SIGNING, 30, "33.33"),
                                pct("三期", DueTrigger.SIGNING, 60, "33.34")))));
        assertThat(plan.instalments())
                .extracting(InstalmentView::amount)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("33.33"), new BigDecimal("33.33"), new BigDecimal("33.35"));
        assertThat(plan.instalments().get(0).status()).isEqualTo(InstalmentStatus.DUE);

        assertThatThrownBy(() -> users.runAs(
                        "finance",
                        () -> planning.create(new CollectionPlanData(
                                c.id(), null, null, List.of(pct("x", DueTrigger.SIGNING, 0, "100"))))))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class, e -> assertThat(e.code()).isEqualTo("collection.planExists"));
        assertThatThrownBy(() -> users.runAs(
                        "finance",
                        () -> planning.update(
                                plan.id(),
                                plan.version(),
                                new CollectionPlanData(
                                        c.id(),
                                        null,
                                        null,
                                        List.of(
                                                new InstalmentData(
                                                        "一期",
                                                        DueTrigger.DATE,
                                                        null,
                                                        TODAY,
                                                        new BigDecimal("50.00"),
                                                        null),
                                                new InstalmentData(
                                                        "二期",
                                                        DueTrigger.DATE,
                                                        null,
                                                        null,
                                                        new BigDecimal("50.01"),
                                                        null))))))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.field()).isEqualTo("instalments[1].date");
                    assertThat(e.code()).isEqualTo("collection.dateRequired");
                });
        assertThatThrownBy(() -> users.runAs(
                        "finance",
                        () -> planning.update(
                                plan.id(),
                                plan.version(),
                                new CollectionPlanData(
                                        c.id(),
                                        null,
                                        null,
                                        List.of(new InstalmentData(
                                                "一期", DueTrigger.DATE, null, TODAY, new BigDecimal("100.00"), null))))))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.field()).isEqualTo("instalments");
                    assertThat(e.code()).isEqualTo("collection.sumDiffers");
                });
        // nothing was lost by the refused changes
        assertThat(users.runAs("finance", () -> planning.get(plan.id())).instalments())
                .hasSize(3);
        // another rep's customers' plans do not exist for him
        assertThatThrownBy(() -> users.runAs("sales3", () -> planning.get(plan.id())))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void aPlanOnAnOrderAndTheApi() throws Exception {
        ProductView p = fixtures.product(ProductType.BOUGHT, "50.00", 3, "10");
        CustomerView customer = crm.customerOf("sales1");
        OrderView order = users.runAs(
                "sales1",
                () -> orders.confirm(
                        fixtures.draft("sales1", customer.id(), p, "2").id(), null));
        CollectionPlanView plan = users.runAs(
                "sales1",
                () -> planning.create(new CollectionPlanData(
                        null,
                        order.id(),
                        "定金 + 尾款",
                        List.of(
                                new InstalmentData("定金", DueTrigger.SIGNING, 0, null, new BigDecimal("33.00"), null),
                                new InstalmentData(
                                        "尾款", DueTrigger.DELIVERY, 10, null, new BigDecimal("80.00"), null)))));
        assertThat(plan.total()).isEqualByComparingTo("113.00");
        assertThat(plan.signedOn())
                .as("an order's plan is signed when the order was confirmed")
                .isEqualTo(TODAY);
        assertThat(plan.instalments().get(1).amount()).isEqualByComparingTo("80.00");
        users.runAs(
                "finance",
                () -> payments.recordPayment(new NewPayment(
                        customer.id(),
                        TODAY,
                        new BigDecimal("33.00"),
                        PaymentMethod.CASH,
                        null,
                        false,
                        Map.of(),
                        order.id())));
        assertThat(users.runAs("sales1", () -> planning.forOrder(order.id()))
                        .orElseThrow()
                        .instalments()
                        .get(0)
                        .status())
                .isEqualTo(InstalmentStatus.COLLECTED);

        mvc.perform(get("/api/v1/collection-plans?orderId=" + order.id())
                        .header("Authorization", "Bearer demo-sales1-key"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].orderNumber").value(order.number()))
                .andExpect(jsonPath("$[0].instalments[0].status").value("COLLECTED"));
        mvc.perform(get("/api/v1/collection-plans/" + plan.id()).header("Authorization", "Bearer demo-sales3-key"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/collection-plans/achievement?from=" + TODAY + "&to=" + TODAY)
                        .header("Authorization", "Bearer demo-sales1-key"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/collection-plans/" + plan.id()).with(users.as("sales1")))
                .andExpect(status().isOk());
        mvc.perform(get("/collection-plans/panel?orderId=" + order.id()).with(users.as("finance")))
                .andExpect(status().isOk());
        mvc.perform(get("/collection-plans/panel?customerId=" + customer.id()).with(users.as("sales1")))
                .andExpect(status().isOk());
        mvc.perform(get("/collection-plans/achievement").with(users.as("manager")))
                .andExpect(status().isOk());
        mvc.perform(get("/collection-plans/new?orderId=" + order.id()).with(users.as("warehouse")))
                .andExpect(status().isForbidden());
        // the deposits API: the order's deposit, and a deposit must be for an order or a contract
        mvc.perform(get("/api/v1/deposits?orderId=" + order.id()).header("Authorization", "Bearer demo-finance-key"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].orderNumber").value(order.number()))
                .andExpect(jsonPath("$.content[0].amount").value(33.00));
        mvc.perform(post("/api/v1/deposits")
                        .header("Authorization", "Bearer demo-finance-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerId\":" + customer.id() + ",\"amount\":5,\"method\":\"CASH\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("orderId"));
        mvc.perform(get("/api/v1/deposits").header("Authorization", "Bearer demo-sales1-key"))
                .andExpect(status().isForbidden());
    }
}
