package com.yiti.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.yiti.customer.CustomerView;
import com.yiti.inventory.ProductType;
import com.yiti.inventory.ProductView;
import com.yiti.shared.BusinessRuleException;
import com.yiti.support.CrmFixtures;
import com.yiti.support.OrderFixtures;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/** The 15% discount rule holds for orders too, whatever path created them: a 99% order cannot just be confirmed. */
@YitiTest
class OrderDiscountApprovalTests {

    static final String SALES = "Bearer demo-sales1-key";
    static final String SALES_MANAGER = "Bearer demo-salesmgr-key";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    CrmFixtures crm;

    @Autowired
    OrderFixtures fixtures;

    @Autowired
    OrderManagement orders;

    @Autowired
    OrderApprovals approvals;

    @Autowired
    QuotationManagement quotations;

    @Test
    void anOrderCreatedThroughTheApiWithA99PercentDiscountWaitsForTheManager() throws Exception {
        ProductView p = fixtures.product(ProductType.BOUGHT, "100.00", 2, "5");
        CustomerView customer = crm.customerOf("sales1");
        String created = mvc.perform(post("/api/v1/orders")
                        .header("Authorization", SALES)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerId\":" + customer.id() + ",\"warehouseId\":" + fixtures.warehouse() + "}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        mvc.perform(post("/api/v1/orders/" + id + "/lines")
                        .header("Authorization", SALES)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"productId\":" + p.id() + ",\"quantity\":1,\"discountPct\":99}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.approval").value("REQUIRED"));
        mvc.perform(post("/api/v1/orders/" + id + "/confirm").header("Authorization", SALES))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("order.approvalNeeded"));
        assertThat(users.runAs("sales1", () -> orders.get(id)).status()).isEqualTo(OrderStatus.DRAFT);
    }

    @Test
    void theRepAsksTheManagerDecidesAndOnlyThenTheOrderConfirms() {
        ProductView p = fixtures.product(ProductType.BOUGHT, "100.00", 2, "5");
        CustomerView customer = crm.customerOf("sales1");
        OrderView draft = users.runAs("sales1", () -> {
            OrderView o = orders.create(new OrderData(customer.id(), fixtures.warehouse(), null, null, null));
            return orders.addLine(
                    o.id(), o.version(), new LineData(p.id(), BigDecimal.ONE, null, new BigDecimal("20")));
        });
        assertThat(draft.approval()).isEqualTo(Approval.REQUIRED);
        assertThatThrownBy(() -> users.runAs("sales1", () -> orders.confirm(draft.id(), null)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("order.approvalNeeded");
        OrderView pending = users.runAs("sales1", () -> approvals.requestApproval(draft.id(), draft.version()));
        assertThat(pending.approval()).isEqualTo(Approval.PENDING);
        assertThatThrownBy(() -> users.runAs("sales1", () -> approvals.decide(draft.id(), true)))
                .as("the rep never approves his own discount")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.runAs("sales1", () -> orders.confirm(draft.id(), null)))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(users.runAs("salesmgr", () -> approvals.decide(draft.id(), true))
                        .approvedBy())
                .isEqualTo("salesmgr");
        assertThat(users.runAs("sales1", () -> orders.confirm(draft.id(), null)).status())
                .isNotEqualTo(OrderStatus.DRAFT);
    }

    @Test
    void aLineChangedAfterApprovalNeedsApprovalAgain() throws Exception {
        ProductView p = fixtures.product(ProductType.BOUGHT, "100.00", 2, "5");
        CustomerView customer = crm.customerOf("sales1");
        OrderView draft = users.runAs("sales1", () -> {
            OrderView o = orders.create(new OrderData(customer.id(), fixtures.warehouse(), null, null, null));
            o = orders.addLine(o.id(), o.version(), new LineData(p.id(), BigDecimal.ONE, null, new BigDecimal("20")));
            return approvals.requestApproval(o.id(), o.version());
        });
        mvc.perform(post("/api/v1/orders/" + draft.id() + "/approval")
                        .header("Authorization", SALES_MANAGER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"approved\":true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.approval").value("APPROVED"));
        OrderView approved = users.runAs("sales1", () -> orders.get(draft.id()));
        long lineId = approved.lines().get(0).id();
        OrderView changed = users.runAs(
                "sales1",
                () -> orders.changeLine(
                        draft.id(),
                        approved.version(),
                        lineId,
                        new LineData(p.id(), BigDecimal.ONE, null, new BigDecimal("60"))));
        assertThat(changed.approval()).isEqualTo(Approval.REQUIRED);
        assertThatThrownBy(() -> users.runAs("sales1", () -> orders.confirm(draft.id(), null)))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void anOrderFromAnApprovedQuotationCarriesTheApproval() {
        ProductView p = fixtures.product(ProductType.BOUGHT, "100.00", 2, "5");
        CustomerView customer = crm.customerOf("sales1");
        QuotationView q = users.runAs("sales1", () -> {
            QuotationView created =
                    quotations.create(new QuotationData(customer.id(), null, fixtures.warehouse(), null, null));
            created = quotations.addLine(
                    created.id(), created.version(), new LineData(p.id(), BigDecimal.ONE, null, new BigDecimal("20")));
            return quotations.requestApproval(created.id(), created.version());
        });
        users.runAs("salesmgr", () -> quotations.decide(q.id(), true));
        OrderView order = users.runAs("sales1", () -> {
            QuotationView sent = quotations.send(q.id(), quotations.get(q.id()).version());
            return quotations.accept(sent.id());
        });
        assertThat(order.approval()).isEqualTo(Approval.APPROVED);
        assertThat(order.approvedBy()).isEqualTo("salesmgr");
        assertThat(users.runAs("sales1", () -> orders.confirm(order.id(), null)).status())
                .isNotEqualTo(OrderStatus.DRAFT);
    }
}
