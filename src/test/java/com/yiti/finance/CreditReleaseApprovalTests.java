package com.yiti.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.approval.ApprovalStatus;
import com.yiti.approval.ApprovalView;
import com.yiti.approval.Approvals;
import com.yiti.customer.CreditTermsManagement;
import com.yiti.customer.CustomerView;
import com.yiti.inventory.ProductType;
import com.yiti.inventory.ProductView;
import com.yiti.order.OrderManagement;
import com.yiti.order.OrderStatus;
import com.yiti.order.OrderView;
import com.yiti.order.TimelineEntry;
import com.yiti.order.TimelineType;
import com.yiti.shared.BusinessRuleException;
import com.yiti.support.CrmFixtures;
import com.yiti.support.OrderFixtures;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A credit release in its approval flow (issue 19): the demo's CREDIT_RELEASE flow asks the manager for a held order
 * of ¥100,000 or more; FINANCE's release then waits (the order stays on hold, whatever the client sends), the
 * manager's approval confirms it, a rejection leaves it held with the comment; a smaller order is released at once.
 */
@YitiTest
class CreditReleaseApprovalTests {

    @Autowired
    CreditControl creditControl;

    @Autowired
    Approvals approvals;

    @Autowired
    OrderManagement orders;

    @Autowired
    CreditTermsManagement creditTerms;

    @Autowired
    OrderFixtures fixtures;

    @Autowired
    CrmFixtures crm;

    @Autowired
    TestUsers users;

    @Autowired
    MockMvc mvc;

    OrderView held(ProductView p, String quantity) {
        CustomerView c = crm.customerOf("sales1");
        users.runAs("finance", () -> {
            creditTerms.changeCreditTerms(c.id(), BigDecimal.ONE, 30);
            return null;
        });
        OrderView draft = fixtures.draft("sales1", c.id(), p, quantity);
        OrderView o = users.runAs("sales1", () -> orders.confirm(draft.id(), null));
        assertThat(o.status()).isEqualTo(OrderStatus.CREDIT_HOLD);
        return o;
    }

    List<TimelineType> timeline(long id) {
        return users.runAs("sales1", () -> orders.timeline(id, 0)).stream()
                .map(TimelineEntry::type)
                .toList();
    }

    ApprovalView pending(long orderId) {
        return users.runAs("admin", () -> approvals.of("CREDIT_RELEASE", orderId)).stream()
                .filter(a -> a.status() == ApprovalStatus.PENDING)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aLargeReleaseWaitsForTheManagerAndRunsWhenApproved() {
        ProductView p = fixtures.product(ProductType.BOUGHT, "50000.00", 3, "10");
        OrderView big = held(p, "2"); // ¥113,000
        OrderView after = users.runAs("finance", () -> creditControl.releaseHold(big.id(), "客户承诺月底付款"));
        assertThat(after.status()).as("waits for the manager").isEqualTo(OrderStatus.CREDIT_HOLD);
        assertThat(timeline(big.id())).contains(TimelineType.CREDIT_RELEASE_REQUESTED);
        assertThatThrownBy(() -> users.runAs("finance", () -> creditControl.releaseHold(big.id(), "again")))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class, e -> assertThat(e.code()).isEqualTo("approval.alreadyPending"));
        ApprovalView request = pending(big.id());
        assertThat(request.amount()).isEqualByComparingTo("113000.00");
        assertThat(request.facts()).containsEntry("note", "客户承诺月底付款");

        users.runAs("manager", () -> approvals.approve(request.id(), request.version(), "同意放行"));
        OrderView released = users.runAs("sales1", () -> orders.get(big.id()));
        assertThat(released.status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(released.lines().get(0).reservedQuantity()).isEqualByComparingTo("2");
        assertThat(timeline(big.id()))
                .containsSubsequence(
                        TimelineType.CREDIT_RELEASE_REQUESTED, TimelineType.CREDIT_RELEASED, TimelineType.CONFIRMED);
    }

    @Test
    void aRejectedReleaseLeavesTheOrderHeldAndASmallOneIsReleasedAtOnce() throws Exception {
        ProductView p = fixtures.product(ProductType.BOUGHT, "50000.00", 3, "10");
        OrderView big = held(p, "2");
        mvc.perform(post("/api/v1/credit-holds/" + big.id() + "/release")
                        .header("Authorization", "Bearer demo-finance-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\":\"请审批\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CREDIT_HOLD"));
        ApprovalView request = pending(big.id());
        users.runAs("manager", () -> approvals.reject(request.id(), request.version(), "额度不足 over exposure"));
        assertThat(users.runAs("sales1", () -> orders.get(big.id())).status()).isEqualTo(OrderStatus.CREDIT_HOLD);
        assertThat(timeline(big.id())).contains(TimelineType.CREDIT_RELEASE_REJECTED);
        assertThat(users.runAs("sales1", () -> orders.timeline(big.id(), 0)))
                .anyMatch(t -> t.type() == TimelineType.CREDIT_RELEASE_REJECTED
                        && t.args().contains("额度不足 over exposure"));
        mvc.perform(get("/orders/" + big.id()).with(users.as("sales1")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("order-release-approvals")));

        // finance may still cancel it: the request is closed with it
        users.runAs("finance", () -> creditControl.rejectHold(big.id(), "不予放行"));
        assertThat(users.runAs("sales1", () -> orders.get(big.id())).status()).isEqualTo(OrderStatus.CANCELLED);

        ProductView cheap = fixtures.product(ProductType.BOUGHT, "100.00", 3, "10");
        OrderView small = held(cheap, "2");
        assertThat(users.runAs("finance", () -> creditControl.releaseHold(small.id(), "小额放行"))
                        .status())
                .isEqualTo(OrderStatus.CONFIRMED);
    }
}
