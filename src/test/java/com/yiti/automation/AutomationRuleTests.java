package com.yiti.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.automation.internal.RuleEngine;
import com.yiti.customer.CustomerManagement;
import com.yiti.customer.CustomerView;
import com.yiti.inventory.ProductType;
import com.yiti.inventory.ProductView;
import com.yiti.notification.NotificationCenter;
import com.yiti.order.OrderManagement;
import com.yiti.order.OrderView;
import com.yiti.platform.TaskManagement;
import com.yiti.platform.TaskStatus;
import com.yiti.support.CrmFixtures;
import com.yiti.support.OrderFixtures;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Automation rules (issue 19, decision 053): ADMIN's "when an order is confirmed, if its amount is at least ¥1,000,
 * then a task for the owner's department head, a notification for the owner and a tag on the customer" runs after
 * the confirmation commits, names the order and the customer, and is logged; a failing action is retried and then
 * shown with a task for ADMIN; a rule firing again and again on one record is stopped and reported.
 */
@YitiTest
class AutomationRuleTests {

    @Autowired
    AutomationRules rules;

    @Autowired
    RuleEngine engine;

    @Autowired
    OrderManagement orders;

    @Autowired
    CustomerManagement customers;

    @Autowired
    TaskManagement tasks;

    @Autowired
    NotificationCenter notifications;

    @Autowired
    OrderFixtures fixtures;

    @Autowired
    CrmFixtures crm;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    MockMvc mvc;

    @Autowired
    com.yiti.inventory.LowStockRule lowStock;

    private final List<Long> made = new java.util.ArrayList<>();

    @AfterEach
    void switchOff() {
        made.forEach(id -> jdbc.update("update aut_rule set active = false where id = ?", id));
    }

    RuleView rule(String event, String condition, String... actions) {
        RuleView r = users.runAs(
                "admin",
                () -> rules.create(new RuleData(
                        "规则 Rule " + System.nanoTime(),
                        event,
                        condition,
                        java.util.Arrays.stream(actions).map(RuleAction::parse).toList(),
                        true)));
        made.add(r.id());
        return r;
    }

    @Test
    void aLargeOrderConfirmedRaisesATaskNotifiesTheOwnerAndTagsTheCustomer() {
        RuleView rule = rule("order.confirmed", "amount >= 1000", "TASK OWNER_HEAD", "NOTIFY OWNER", "TAG 大单客户");
        ProductView p = fixtures.product(ProductType.BOUGHT, "600.00", 2, "20");
        CustomerView customer = crm.customerOf("sales1");
        OrderView small = fixtures.draft("sales1", customer.id(), p, 1);
        users.runAs("sales1", () -> orders.confirm(small.id(), null));
        OrderView large = fixtures.draft("sales1", customer.id(), p, 3);
        users.runAs("sales1", () -> orders.confirm(large.id(), null));

        Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .until(() ->
                        users.runAs("admin", () -> rules.runs(rule.id(), PageRequest.of(0, 10))).getContent().stream()
                                .anyMatch(r -> r.status().equals("OK")));
        var runs = users.runAs("admin", () -> rules.runs(rule.id(), PageRequest.of(0, 10)))
                .getContent();
        assertThat(runs)
                .as("the small order (under ¥1,000) does not meet the condition")
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.recordRef()).isEqualTo(large.number());
                    assertThat(r.outcome()).contains("task OWNER_HEAD").contains("tagged 大单客户");
                });
        // the task names the order and the customer, in salesmgr's inbox (sales1's department head)
        assertThat(users.runAs(
                                "salesmgr",
                                () -> tasks.inbox(users.current("salesmgr"), TaskStatus.OPEN, PageRequest.of(0, 300)))
                        .getContent())
                .anyMatch(t -> t.titleKey().equals("automation.task")
                        && t.titleArgs().contains(large.number())
                        && t.titleArgs().contains(customer.name()));
        assertThat(users.runAs("sales1", () -> notifications.mine(PageRequest.of(0, 20)))
                        .getContent())
                .anyMatch(n -> n.titleKey().equals("automation.notice")
                        && n.titleArgs().contains(large.number()));
        assertThat(users.runAs("sales1", () -> customers.get(customer.id())).tags())
                .contains("大单客户");
    }

    @Test
    void aFailingActionIsRetriedThenShownAndALoopIsStopped() {
        // a task for a user who does not exist cannot be raised
        RuleView failing = rule("opportunity.stageChanged", null, "TASK USER:999999999");
        Map<String, String> facts = Map.of("amount", "10", "probability", "50", "won", "0", "lost", "0");
        AutomationEvent event = new AutomationEvent(
                "opportunity.stageChanged", "opportunity", 1L, "OPP-FAIL", "/opportunities/1", null, null, null, facts);
        transaction.executeWithoutResult(tx -> events.publishEvent(event));
        Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .until(() -> runStatus(failing.id(), "OPP-FAIL").equals("RETRY"));
        for (int i = 0; i < 2; i++) {
            jdbc.update(
                    "update aut_rule_run set next_attempt_at = ? where rule_id = ? and status = 'RETRY'",
                    java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)),
                    failing.id());
            engine.retryDue();
        }
        assertThat(runStatus(failing.id(), "OPP-FAIL")).isEqualTo("FAILED");
        assertThat(jdbc.queryForObject(
                        "select attempts from aut_rule_run where rule_id = ?", Integer.class, failing.id()))
                .isEqualTo(3);
        assertThat(jdbc.queryForObject(
                        "select count(*) from plt_task where rule = 'automation-failed' and status = 'OPEN'"
                                + " and title_args like ?",
                        Long.class,
                        "%" + failing.name() + "%"))
                .isEqualTo(1);
        jdbc.update("update aut_rule set active = false where id = ?", failing.id());

        // a rule firing on one record more than five times a minute is stopped and reported
        RuleView noisy = rule("opportunity.stageChanged", "probability >= 50", "NOTIFY ROLE:MANAGER");
        AutomationEvent again = new AutomationEvent(
                "opportunity.stageChanged", "opportunity", 2L, "OPP-LOOP", "/opportunities/2", null, null, null, facts);
        for (int i = 0; i < 6; i++) {
            transaction.executeWithoutResult(tx -> events.publishEvent(again));
        }
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from aut_rule_run where rule_id = ?", Long.class, noisy.id())
                        == 6);
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from aut_rule_run where rule_id = ? and status = 'LOOP'",
                                Long.class,
                                noisy.id())
                        == 1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from ntf_notification n join plt_user u on u.id = n.user_id"
                                + " where u.username = 'admin' and n.title_key = 'automation.loop' and n.title_args like ?",
                        Long.class,
                        noisy.name() + "%"))
                .isEqualTo(1);
    }

    @Test
    void theLowStockSweepHandsNewlyLowStockToTheRules() {
        RuleView rule = rule("stock.belowReorder", "made = 0 and shortage >= 3", "NOTIFY ROLE:PURCHASING");
        ProductView p = fixtures.product(ProductType.BOUGHT, "10.00", 3, "2");
        jdbc.update("update inv_product set reorder_point = 5 where id = ?", p.id());
        lowStock.refreshLowStockTasks();
        // a run per warehouse where the product is short (the fixture's, and any other holding a balance of it)
        Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from aut_rule_run where rule_id = ? and status = 'OK'"
                                        + " and record_ref like ?",
                                Long.class,
                                rule.id(),
                                p.sku() + "@%")
                        >= 1);
        long runs = jdbc.queryForObject(
                "select count(*) from aut_rule_run where rule_id = ? and record_ref like ?",
                Long.class,
                rule.id(),
                p.sku() + "@%");
        // the next sweep finds the same stock still low: no new run (its task is open already)
        lowStock.refreshLowStockTasks();
        assertThat(jdbc.queryForObject(
                        "select count(*) from aut_rule_run where rule_id = ? and record_ref like ?",
                        Long.class,
                        rule.id(),
                        p.sku() + "@%"))
                .isEqualTo(runs);
    }

    @Test
    void onlyAdminKeepsRulesAndABadActionIsRefusedAtItsField() throws Exception {
        mvc.perform(get("/api/v1/automation-rules").header("Authorization", "Bearer demo-salesmgr-key"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/automation-rules")
                        .header("Authorization", "Bearer demo-admin-key")
                        .contentType("application/json")
                        .content("{\"name\":\"x\",\"event\":\"order.confirmed\",\"condition\":\"amount >> 3\","
                                + "\"actions\":[{\"kind\":\"TASK\",\"target\":\"OWNER\"}],\"active\":true}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("condition"));
        mvc.perform(post("/api/v1/automation-rules")
                        .header("Authorization", "Bearer demo-admin-key")
                        .contentType("application/json")
                        .content("{\"name\":\"x\",\"event\":\"order.confirmed\","
                                + "\"actions\":[{\"kind\":\"TASK\",\"target\":\"SOMEONE\"}],\"active\":true}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("actions"));
        mvc.perform(post("/api/v1/automation-rules")
                        .header("Authorization", "Bearer demo-admin-key")
                        .contentType("application/json")
                        .content("{\"name\":\"y\",\"event\":\"order.confirmed\","
                                + "\"actions\":[{\"kind\":\"TAG\"}],\"active\":true}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("actions"));
        mvc.perform(get("/admin/automation-rules").with(users.as("admin"))).andExpect(status().isOk());
        assertThat(List.of(AutomationEventType.values())).hasSize(6);
    }

    private String runStatus(long ruleId, String ref) {
        List<String> s = jdbc.queryForList(
                "select status from aut_rule_run where rule_id = ? and record_ref = ? order by id desc",
                String.class,
                ruleId,
                ref);
        return s.isEmpty() ? "" : s.get(0);
    }
}
