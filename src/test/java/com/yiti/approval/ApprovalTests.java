package com.yiti.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.inventory.ProductType;
import com.yiti.inventory.ProductView;
import com.yiti.platform.Role;
import com.yiti.purchasing.PurchaseOrderApprovals;
import com.yiti.purchasing.PurchaseOrderView;
import com.yiti.purchasing.PurchasingManagement;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.RecordNotFoundException;
import com.yiti.support.OrderFixtures;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Approval flows on purchase orders: ADMIN's two-step flow, a skip below an amount, all-of a step, decisions only by
 * the step's approvers, a rejection with its comment that unlocks the order, a resubmission on the flow's new version,
 * and an order its flow asks for that cannot be sent or changed before it is approved.
 */
@YitiTest
class ApprovalTests {

    @Autowired
    TestUsers users;

    @Autowired
    OrderFixtures fixtures;

    @Autowired
    ApprovalFlows flows;

    @Autowired
    Approvals approvals;

    @Autowired
    PurchasingManagement purchasing;

    @Autowired
    PurchaseOrderApprovals poApprovals;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    com.yiti.notification.NotificationCenter notifications;

    Optional<FlowView> before;

    @BeforeEach
    void twoSteps() {
        before = flows.of("PURCHASE_ORDER");
        long adminId = users.current("admin").id();
        users.runAs(
                "admin",
                () -> flows.save(
                        "PURCHASE_ORDER",
                        before.map(FlowView::version).orElse(-1L),
                        new FlowData(
                                "Test flow",
                                true,
                                List.of(
                                        new FlowData.Step(
                                                "Manager",
                                                List.of(Approver.role(Role.MANAGER)),
                                                StepMode.ANY,
                                                new BigDecimal("1000"),
                                                24),
                                        new FlowData.Step(
                                                "Finance and admin",
                                                List.of(Approver.role(Role.FINANCE), Approver.user(adminId)),
                                                StepMode.ALL,
                                                new BigDecimal("5000"),
                                                null)))));
    }

    @AfterEach
    void restore() {
        FlowView now = flows.of("PURCHASE_ORDER").orElseThrow();
        users.runAs(
                "admin",
                () -> flows.save(
                        "PURCHASE_ORDER",
                        now.version(),
                        before.map(b -> new FlowData(b.name(), b.active(), b.steps()))
                                .orElse(new FlowData("off", false, now.steps()))));
        jdbc.update(
                "update plt_task set status = 'DONE' where rule in ('approval', 'approval-news') and status = 'OPEN'");
    }

    PurchaseOrderView draft(String quantity) {
        ProductView p = fixtures.product(ProductType.BOUGHT, "20", 5, "0");
        long supplier = jdbc.queryForObject("select min(id) from pur_supplier where active = true", Long.class);
        return users.runAs("purchasing", () -> {
            var req = purchasing.requisitionReorder(p.id(), fixtures.warehouse(), new BigDecimal(quantity));
            return purchasing.createPurchaseOrder(
                    supplier, List.of(req.id()), LocalDate.now().plusDays(9));
        });
    }

    PurchaseOrderView po(long id) {
        return users.runAs("purchasing", () -> purchasing.purchaseOrder(id));
    }

    ApprovalView request(long poId) {
        return users.runAs("admin", () -> approvals.of("PURCHASE_ORDER", poId).get(0));
    }

    @Test
    void aLargeOrderPassesBothStepsAllOfTheSecondBeforeItCanBeSent() {
        PurchaseOrderView po = draft("600"); // 600 × 10 = 6,000: both steps apply
        assertThat(po.total()).isEqualByComparingTo("6000");
        assertThatThrownBy(() -> users.runAs("purchasing", () -> purchasing.send(po.id(), po.version())))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class,
                        e -> assertThat(e.code()).isEqualTo("purchaseOrder.approvalNeeded"));

        assertThat(users.runAs("purchasing", () -> poApprovals.submit(po.id(), po.version())))
                .isEqualTo("PENDING");
        // locked while in approval
        PurchaseOrderView pending = po(po.id());
        long lineId = pending.lines().get(0).id();
        assertThatThrownBy(() -> users.runAs(
                        "purchasing",
                        () -> purchasing.updateLine(pending.id(), pending.version(), lineId, BigDecimal.ONE, null)))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class, e -> assertThat(e.code()).isEqualTo("purchaseOrder.inApproval"));

        ApprovalView a = request(po.id());
        assertThat(a.path()).extracting(ApprovalView.StepState::state).containsExactly("CURRENT", "TO_COME");
        assertThat(users.runAs("manager", () -> approvals.mine()))
                .extracting(ApprovalView::id)
                .contains(a.id());
        // not the step's approver: the submitter cannot decide, a rep does not even see it
        assertThatThrownBy(() -> users.runAs("purchasing", () -> approvals.approve(a.id(), a.version(), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.runAs("sales1", () -> approvals.approve(a.id(), a.version(), null)))
                .isInstanceOf(RecordNotFoundException.class);

        ApprovalView afterManager = users.runAs("manager", () -> approvals.approve(a.id(), a.version(), "ok"));
        assertThat(afterManager.path())
                .extracting(ApprovalView.StepState::state)
                .containsExactly("DONE", "CURRENT");
        ApprovalView afterFinance =
                users.runAs("finance", () -> approvals.approve(a.id(), afterManager.version(), null));
        assertThat(afterFinance.status())
                .as("all of the step: admin still to approve")
                .isEqualTo(ApprovalStatus.PENDING);
        ApprovalView done = users.runAs("admin", () -> approvals.approve(a.id(), afterFinance.version(), "fine"));
        assertThat(done.status()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(done.decisions())
                .extracting(ApprovalView.Decision::decidedBy)
                .containsExactly("manager", "finance", "admin");

        PurchaseOrderView approved = po(po.id());
        assertThat(approved.approval()).isEqualTo("APPROVED");
        assertThat(users.runAs("purchasing", () -> purchasing.send(approved.id(), approved.version()))
                        .status()
                        .name())
                .isEqualTo("SENT");
    }

    @Test
    void aRejectionSaysWhyUnlocksTheOrderAndItIsResubmittedOnTheFlowsNewVersion() {
        PurchaseOrderView po = draft("200"); // 2,000: the finance step is skipped
        users.runAs("purchasing", () -> poApprovals.submit(po.id(), po.version()));
        ApprovalView a = request(po.id());
        assertThat(a.path()).extracting(ApprovalView.StepState::state).containsExactly("CURRENT", "SKIPPED");
        int startedOn = jdbc.queryForObject("select flow_version from apr_request where id = ?", Integer.class, a.id());

        assertThatThrownBy(() -> users.runAs("manager", () -> approvals.reject(a.id(), a.version(), " ")))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("comment"));
        ApprovalView rejected =
                users.runAs("manager", () -> approvals.reject(a.id(), a.version(), "价格太高 price too high"));
        assertThat(rejected.status()).isEqualTo(ApprovalStatus.REJECTED);
        assertThat(po(po.id()).approval()).isEqualTo("REJECTED");
        // the purchaser is told, under the bell, why
        assertThat(users.runAs(
                                "purchasing",
                                () -> notifications.mine(org.springframework.data.domain.PageRequest.of(0, 50)))
                        .getContent())
                .anySatisfy(n -> {
                    assertThat(n.titleKey()).isEqualTo("approval.news.rejected");
                    assertThat(n.titleArgs()).contains(po.number(), "价格太高 price too high");
                    assertThat(n.unread()).isTrue();
                });
        assertThat(users.runAs("purchasing", () -> notifications.unread())).isPositive();

        // ADMIN changes the flow; the order, changed, is submitted again on the new version
        FlowView current = flows.of("PURCHASE_ORDER").orElseThrow();
        users.runAs(
                "admin",
                () -> flows.save(
                        "PURCHASE_ORDER", current.version(), new FlowData("Test flow 2", true, current.steps())));
        PurchaseOrderView unlocked = po(po.id());
        PurchaseOrderView changed = users.runAs(
                "purchasing",
                () -> purchasing.updateLine(
                        unlocked.id(),
                        unlocked.version(),
                        unlocked.lines().get(0).id(),
                        new BigDecimal("150"),
                        new BigDecimal("10")));
        users.runAs("purchasing", () -> poApprovals.submit(changed.id(), changed.version()));
        ApprovalView again = request(po.id());
        assertThat(again.id()).isNotEqualTo(a.id());
        assertThat(jdbc.queryForObject("select flow_version from apr_request where id = ?", Integer.class, again.id()))
                .isGreaterThan(startedOn);
        assertThat(users.runAs("purchasing", () -> approvals.of("PURCHASE_ORDER", po.id())))
                .extracting(ApprovalView::status)
                .containsExactly(ApprovalStatus.PENDING, ApprovalStatus.REJECTED);
    }

    @Test
    void onlyAdminKeepsFlowsAndASmallOrderNeedsNoApproval() throws Exception {
        assertThatThrownBy(() -> users.runAs(
                        "manager", () -> flows.save("PURCHASE_ORDER", 0, new FlowData("x", true, List.of()))))
                .isInstanceOf(AccessDeniedException.class);
        FlowView current = flows.of("PURCHASE_ORDER").orElseThrow();
        assertThatThrownBy(() -> users.runAs(
                        "admin",
                        () -> flows.save("PURCHASE_ORDER", current.version(), new FlowData("x", true, List.of()))))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("steps"));

        PurchaseOrderView small = draft("50"); // 500: no step applies
        assertThat(users.runAs("purchasing", () -> poApprovals.submit(small.id(), small.version())))
                .isEqualTo("NONE");
        PurchaseOrderView fresh = po(small.id());
        assertThat(users.runAs("purchasing", () -> purchasing.send(fresh.id(), fresh.version()))
                        .status()
                        .name())
                .isEqualTo("SENT");

        // the API: mine, and a decision by someone else refused
        PurchaseOrderView big = draft("300");
        users.runAs("purchasing", () -> poApprovals.submit(big.id(), big.version()));
        ApprovalView a = request(big.id());
        mvc.perform(get("/api/v1/approvals").header("Authorization", "Bearer demo-manager-key"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + a.id() + ")]").exists());
        mvc.perform(post("/api/v1/approvals/" + a.id() + "/approve")
                        .header("Authorization", "Bearer demo-warehouse-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + a.version() + "}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/approvals/" + a.id() + "/approve")
                        .header("Authorization", "Bearer demo-manager-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + a.version() + ", \"comment\": \"好\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        mvc.perform(get("/api/v1/approval-flows").header("Authorization", "Bearer demo-purchasing-key"))
                .andExpect(status().isForbidden());
        // the screens: the approver's list on a phone, the order's page with its path, ADMIN's flow form
        mvc.perform(get("/approvals/" + a.id()).with(users.as("manager"))).andExpect(status().isOk());
        mvc.perform(get("/approvals").with(users.as("finance"))).andExpect(status().isOk());
        mvc.perform(get("/purchasing/orders/" + big.id()).with(users.as("purchasing")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("po-approvals")));
        mvc.perform(get("/admin/approval-flows/PURCHASE_ORDER").with(users.as("admin")))
                .andExpect(status().isOk());
        mvc.perform(get("/admin/approval-flows").with(users.as("admin"))).andExpect(status().isOk());
        // the bell: the purchaser's unread count, the list, and one opened (read, then to the order)
        mvc.perform(get("/notifications/count").with(users.as("purchasing")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("bell-count")));
        var mine = users.runAs(
                        "purchasing", () -> notifications.mine(org.springframework.data.domain.PageRequest.of(0, 5)))
                .getContent();
        mvc.perform(get("/notifications").with(users.as("purchasing"))).andExpect(status().isOk());
        mvc.perform(
                        post("/notifications/" + mine.get(0).id() + "/read")
                                .with(users.as("purchasing"))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/api/v1/notifications/" + mine.get(0).id() + "/read")
                        .header("Authorization", "Bearer demo-manager-key"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aStepPastItsTimeLimitIsRemindedOnce() {
        PurchaseOrderView po = draft("200"); // the manager's step, 24 hours
        users.runAs("purchasing", () -> poApprovals.submit(po.id(), po.version()));
        ApprovalView a = request(po.id());
        approvals.remindOverdue();
        assertThat(reminders(po)).as("not yet past its time limit").isZero();

        jdbc.update(
                "update apr_request set step_since = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofHours(25))),
                a.id());
        approvals.remindOverdue();
        assertThat(reminders(po)).isEqualTo(1);
        approvals.remindOverdue();
        assertThat(reminders(po)).as("once per step").isEqualTo(1);
    }

    long reminders(PurchaseOrderView po) {
        return users
                .runAs("manager", () -> notifications.mine(org.springframework.data.domain.PageRequest.of(0, 200)))
                .getContent()
                .stream()
                .filter(n -> n.titleKey().equals("approval.reminder")
                        && n.titleArgs().contains(po.number()))
                .count();
    }
}
