package com.yiti.approval;

import static org.assertj.core.api.Assertions.assertThat;

import com.yiti.customer.CustomerView;
import com.yiti.inventory.ProductType;
import com.yiti.inventory.ProductView;
import com.yiti.order.Approval;
import com.yiti.order.LineData;
import com.yiti.order.QuotationData;
import com.yiti.order.QuotationManagement;
import com.yiti.order.QuotationView;
import com.yiti.platform.TaskManagement;
import com.yiti.platform.TaskStatus;
import com.yiti.support.CrmFixtures;
import com.yiti.support.OrderFixtures;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A step past its time limit escalates (issue 19): the quotation flow's department-head step, set to escalate after an
 * hour, is put before the head above (manager, the company's head) once the hour has passed; he may then decide it,
 * the rep is told, and the department head's task goes with the decision.
 */
@YitiTest
class EscalationTests {

    @Autowired
    ApprovalFlows flows;

    @Autowired
    Approvals approvals;

    @Autowired
    QuotationManagement quotations;

    @Autowired
    TaskManagement tasks;

    @Autowired
    OrderFixtures fixtures;

    @Autowired
    CrmFixtures crm;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    FlowView before;

    @BeforeEach
    void escalatingFlow() {
        before = flows.of("QUOTATION").orElseThrow();
        users.runAs(
                "admin",
                () -> flows.save(
                        "QUOTATION",
                        before.version(),
                        new FlowData(
                                "升级 Escalating",
                                true,
                                List.of(new FlowData.Step(
                                        "部门负责人 Department head",
                                        List.of(Approver.submitterManager()),
                                        StepMode.ANY,
                                        null,
                                        1,
                                        "discountPct > 15",
                                        true)))));
    }

    @AfterEach
    void restore() {
        FlowView now = flows.of("QUOTATION").orElseThrow();
        users.runAs(
                "admin",
                () -> flows.save(
                        "QUOTATION", now.version(), new FlowData(before.name(), before.active(), before.steps())));
    }

    @Test
    void aStepPastItsTimeLimitGoesToTheHeadAboveWhoMayDecideIt() {
        ProductView p = fixtures.product(ProductType.BOUGHT, "300.00", 2, "5");
        CustomerView customer = crm.customerOf("sales1");
        QuotationView q = users.runAs("sales1", () -> {
            QuotationView created =
                    quotations.create(new QuotationData(customer.id(), null, fixtures.warehouse(), null, null));
            created = quotations.addLine(
                    created.id(), created.version(), new LineData(p.id(), BigDecimal.ONE, null, new BigDecimal("30")));
            return quotations.requestApproval(created.id(), created.version());
        });
        ApprovalView request = approvals.of("QUOTATION", q.id()).get(0);
        assertThat(users.runAs("manager", () -> approvals.canDecide(request.id())))
                .as("before the time limit only the department head decides")
                .isFalse();
        approvals.remindOverdue();
        assertThat(users.runAs("manager", () -> approvals.canDecide(request.id())))
                .isFalse();

        jdbc.update(
                "update apr_request set step_since = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(2 * 3600)),
                request.id());
        approvals.remindOverdue();
        approvals.remindOverdue();
        assertThat(users.runAs(
                                "manager",
                                () -> tasks.inbox(users.current("manager"), TaskStatus.OPEN, PageRequest.of(0, 300)))
                        .getContent())
                .filteredOn(t -> t.titleKey().equals("approval.task.escalated")
                        && t.titleArgs().contains(q.number()))
                .as("escalated once, however often the sweep runs")
                .hasSize(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from ntf_notification n join plt_user u on u.id = n.user_id"
                                + " where u.username = 'sales1' and n.title_key = 'approval.news.escalated'"
                                + " and n.title_args like ?",
                        Long.class,
                        q.number() + "%"))
                .isEqualTo(1);

        assertThat(users.runAs("manager", () -> approvals.canDecide(request.id())))
                .isTrue();
        ApprovalView approved = users.runAs(
                "manager",
                () -> approvals.approve(
                        request.id(), approvals.get(request.id()).version(), "批准 ok"));
        assertThat(approved.status()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(users.runAs("sales1", () -> quotations.get(q.id())).approval())
                .isEqualTo(Approval.APPROVED);
        assertThat(users.runAs(
                                "salesmgr",
                                () -> tasks.inbox(users.current("salesmgr"), TaskStatus.OPEN, PageRequest.of(0, 300)))
                        .getContent())
                .noneMatch(t -> t.titleArgs().contains(q.number()));
    }
}
