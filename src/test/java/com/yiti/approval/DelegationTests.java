package com.yiti.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.RecordNotFoundException;
import com.yiti.support.CrmFixtures;
import com.yiti.support.OrderFixtures;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * Delegation while away (issue 19, decision 052): salesmgr, away, names sales2; a discount waiting for salesmgr then
 * waits in sales2's inbox too, and sales2's approval counts, recorded as given for salesmgr. Without the delegation
 * sales2 neither sees nor decides it.
 */
@YitiTest
class DelegationTests {

    @Autowired
    ApprovalDelegations delegations;

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

    @AfterEach
    void endDelegations() {
        long salesmgr = users.current("salesmgr").id();
        users.runAs("salesmgr", () -> {
            delegations.mine().stream().filter(d -> d.userId() == salesmgr).forEach(d -> delegations.cancel(d.id()));
            return null;
        });
    }

    QuotationView discounted() {
        ProductView p = fixtures.product(ProductType.BOUGHT, "200.00", 2, "5");
        CustomerView customer = crm.customerOf("sales1");
        return users.runAs("sales1", () -> {
            QuotationView q =
                    quotations.create(new QuotationData(customer.id(), null, fixtures.warehouse(), null, null));
            q = quotations.addLine(
                    q.id(), q.version(), new LineData(p.id(), BigDecimal.ONE, null, new BigDecimal("25")));
            return quotations.requestApproval(q.id(), q.version());
        });
    }

    @Test
    void theDelegateDecidesForTheApproverWhoIsAway() {
        long sales2 = users.current("sales2").id();
        LocalDate today = LocalDate.now();
        DelegationView d =
                users.runAs("salesmgr", () -> delegations.delegate(sales2, today, today.plusDays(3), "出差 trade fair"));
        assertThat(d.activeToday()).isTrue();

        QuotationView q = discounted();
        assertThat(q.approval()).isEqualTo(Approval.PENDING);
        ApprovalView request = users.runAs("sales2", () -> approvals.mine()).stream()
                .filter(a -> a.documentRef().equals(q.number()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the request waits in the delegate's inbox"));
        assertThat(users.runAs(
                                "sales2",
                                () -> tasks.inbox(users.current("sales2"), TaskStatus.OPEN, PageRequest.of(0, 200)))
                        .getContent())
                .anyMatch(t -> t.titleKey().equals("approval.task.decideFor")
                        && t.titleArgs().contains(q.number()));

        ApprovalView decided = users.runAs("sales2", () -> approvals.approve(request.id(), request.version(), "ok"));
        assertThat(decided.status()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(decided.decisions()).singleElement().satisfies(x -> {
            assertThat(x.decidedBy()).isEqualTo("sales2");
            assertThat(x.onBehalfOf()).isEqualTo("salesmgr");
        });
        assertThat(users.runAs("sales1", () -> quotations.get(q.id())).approval())
                .isEqualTo(Approval.APPROVED);
        // the delegate's task went with the decision
        assertThat(users.runAs(
                                "sales2",
                                () -> tasks.inbox(users.current("sales2"), TaskStatus.OPEN, PageRequest.of(0, 200)))
                        .getContent())
                .noneMatch(t -> t.titleArgs().contains(q.number()));
    }

    @Test
    void withoutADelegationTheColleagueNeitherSeesNorDecides() {
        long sales2 = users.current("sales2").id();
        LocalDate today = LocalDate.now();
        // a delegation that starts next week does not count today
        users.runAs("salesmgr", () -> delegations.delegate(sales2, today.plusDays(7), today.plusDays(9), null));
        QuotationView q = discounted();
        ApprovalView request = users.runAs("salesmgr", () -> approvals.mine()).stream()
                .filter(a -> a.documentRef().equals(q.number()))
                .findFirst()
                .orElseThrow();
        assertThat(users.runAs("sales2", () -> approvals.mine())).noneMatch(a -> a.id() == request.id());
        assertThatThrownBy(() -> users.runAs("sales2", () -> approvals.get(request.id())))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> users.runAs("sales2", () -> approvals.approve(request.id(), request.version(), null)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> users.runAs("sales1", () -> approvals.approve(request.id(), request.version(), null)))
                .as("the submitter is no approver of his own")
                .isInstanceOf(AccessDeniedException.class);

        assertThatThrownBy(() -> users.runAs(
                        "salesmgr",
                        () -> delegations.delegate(users.current("salesmgr").id(), today, today, null)))
                .isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("code", "delegation.self");
        assertThatThrownBy(() ->
                        users.runAs("salesmgr", () -> delegations.delegate(sales2, today.plusDays(2), today, null)))
                .isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("code", "delegation.toBeforeFrom");
    }
}
