package com.yiti.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.customer.CustomerView;
import com.yiti.inventory.ProductType;
import com.yiti.inventory.ProductView;
import com.yiti.order.LineData;
import com.yiti.order.OrderData;
import com.yiti.order.OrderManagement;
import com.yiti.order.OrderStatus;
import com.yiti.order.OrderView;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.RecordNotFoundException;
import com.yiti.support.CrmFixtures;
import com.yiti.support.OrderFixtures;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Contracts (合同, issue 18): a rep writes one for a customer, the approval flow signs it off, the signature opens it
 * for orders, orders under it take its value when confirmed and give it back when cancelled, and the rest is refused
 * with what is left.
 */
@YitiTest
class ContractTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    ContractManagement contracts;

    @Autowired
    com.yiti.support.ContractFixtures contractFixtures;

    @Autowired
    OrderManagement orders;

    @Autowired
    OrderFixtures fixtures;

    @Autowired
    CrmFixtures crm;

    @Autowired
    TestUsers users;

    @Autowired
    MockMvc mvc;

    ContractView draft(String rep, CustomerView customer, String value) {
        return contractFixtures.draft(rep, customer.id(), value, TODAY.minusDays(1));
    }

    ContractView approved(String rep, ContractView c) {
        return contractFixtures.approved(rep, c);
    }

    ContractView approve(String rep, ContractView submitted) {
        return contractFixtures.approve(rep, submitted.id());
    }

    ContractView signed(String rep, CustomerView customer, String value) {
        ContractView c = approved(rep, draft(rep, customer, value));
        return users.runAs(rep, () -> contracts.sign(c.id(), c.version(), TODAY, "signed.pdf", pdf()));
    }

    OrderView orderUnder(ContractView c, ProductView p, String qty) {
        return users.runAs("sales1", () -> {
            OrderView o = orders.create(new OrderData(c.customerId(), fixtures.warehouse(), null, null, null, c.id()));
            return orders.addLine(o.id(), o.version(), new LineData(p.id(), new BigDecimal(qty), null, null));
        });
    }

    static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes();
    }

    @Test
    void aSignedContractTakesOrdersUpToItsValueAndGetsCancelledOnesBack() {
        ProductView p = fixtures.product(ProductType.BOUGHT, "100.00", 3, "50");
        CustomerView customer = crm.customerOf("sales1");
        ContractView c = draft("sales1", customer, "700.00");
        assertThat(c.status()).isEqualTo(ContractStatus.DRAFT);
        assertThat(c.number()).startsWith("CT");

        ContractView submitted = users.runAs("sales1", () -> contracts.submit(c.id(), c.version()));
        assertThat(submitted.status())
                .as("the demo flow asks the sales manager")
                .isEqualTo(ContractStatus.UNDER_APPROVAL);
        assertThatThrownBy(() ->
                        users.runAs("sales1", () -> contracts.sign(c.id(), submitted.version(), TODAY, null, null)))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class, e -> assertThat(e.code()).isEqualTo("contract.notDraft"));
        // an order cannot be placed under a contract not yet signed
        assertThatThrownBy(() -> orderUnder(submitted, p, "1"))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.field()).isEqualTo("contractId");
                    assertThat(e.code()).isEqualTo("contract.notOpenForOrders");
                });

        ContractView ready = approve("sales1", submitted);
        assertThat(ready.approval()).isEqualTo("APPROVED");
        assertThat(ready.status()).isEqualTo(ContractStatus.DRAFT);
        assertThatThrownBy(() -> users.runAs(
                        "sales1", () -> contracts.sign(c.id(), ready.version(), TODAY.plusDays(1), null, null)))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("signedOn"));
        ContractView signed =
                users.runAs("sales1", () -> contracts.sign(c.id(), ready.version(), TODAY, "合同.pdf", pdf()));
        assertThat(signed.status()).isEqualTo(ContractStatus.SIGNED);
        assertThat(signed.signedCopyName()).isEqualTo("合同.pdf");
        assertThat(users.runAs("sales1", () -> contracts.signedCopy(c.id())).contentType())
                .isEqualTo("application/pdf");

        OrderView first = orderUnder(signed, p, "3"); // ¥339.00 with VAT
        OrderView confirmed = users.runAs("sales1", () -> orders.confirm(first.id(), null));
        assertThat(confirmed.status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(confirmed.contractNumber()).isEqualTo(signed.number());
        ContractView used = users.runAs("sales1", () -> contracts.get(c.id()));
        assertThat(used.status()).isEqualTo(ContractStatus.EXECUTING);
        assertThat(used.used()).isEqualByComparingTo("339.00");
        assertThat(used.left()).isEqualByComparingTo("361.00");
        assertThat(used.uses()).extracting(ContractUseView::orderNumber).containsExactly(first.number());

        // 4 more (¥452.00) is more than is left: refused with what is left, the order stays a draft
        OrderView second = orderUnder(signed, p, "4");
        assertThatThrownBy(() -> users.runAs("sales1", () -> orders.confirm(second.id(), null)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.code()).isEqualTo("contract.valueExceeded");
                    assertThat(e.args()).contains(signed.number(), "CNY 361.00");
                });
        assertThat(users.runAs("sales1", () -> orders.get(second.id())).status())
                .isEqualTo(OrderStatus.DRAFT);

        // cancelling the first gives its value back; now the second fits
        users.runAs("sales1", () -> orders.cancel(first.id(), "客户改单 changed"));
        assertThat(users.runAs("sales1", () -> contracts.get(c.id())).used()).isZero();
        users.runAs("sales1", () -> orders.confirm(second.id(), null));
        ContractView after = users.runAs("sales1", () -> contracts.get(c.id()));
        assertThat(after.used()).isEqualByComparingTo("452.00");
        assertThat(after.uses()).extracting(ContractUseView::orderNumber).containsExactly(second.number());

        ContractView completed = users.runAs("sales1", () -> contracts.complete(c.id(), after.version()));
        assertThat(completed.status()).isEqualTo(ContractStatus.COMPLETED);
        assertThatThrownBy(() -> orderUnder(completed, p, "1"))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class, e -> assertThat(e.code()).isEqualTo("contract.notOpenForOrders"));
    }

    @Test
    void contractsStayInTheirOwnersScopeAndRefuseBadTermsAtTheField() {
        CustomerView mine = crm.customerOf("sales1");
        CustomerView theirs = crm.customerOf("sales3");
        ContractView c = draft("sales1", mine, "1000.00");
        assertThatThrownBy(() -> users.runAs("sales3", () -> contracts.get(c.id())))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(users.runAs("finance", () -> contracts.get(c.id())).number()).isEqualTo(c.number());
        assertThat(users.runAs("manager", () -> contracts.get(c.id())).number()).isEqualTo(c.number());
        assertThatThrownBy(() -> users.runAs("manager", () -> contracts.submit(c.id(), c.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> draft("sales1", theirs, "10.00"))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("customerId"));
        assertThatThrownBy(() -> draft("finance", mine, "10.00")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> draft("sales1", mine, "0")).isInstanceOfSatisfying(BusinessRuleException.class, e -> {
            assertThat(e.field()).isEqualTo("value");
            assertThat(e.code()).isEqualTo("contract.valuePositive");
        });
        assertThatThrownBy(() -> users.runAs(
                        "sales1",
                        () -> contracts.create(
                                new ContractData(mine.id(), "USD", "USD", BigDecimal.TEN, TODAY, null, null))))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.field()).isEqualTo("currency");
                    assertThat(e.code()).isEqualTo("contract.currencyDiffers");
                });
        assertThatThrownBy(() -> users.runAs(
                        "sales1",
                        () -> contracts.create(new ContractData(
                                mine.id(), "dates", "CNY", BigDecimal.TEN, TODAY, TODAY.minusDays(1), null))))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("validTo"));
        // another customer's contract cannot carry this customer's order
        ProductView p = fixtures.product(ProductType.BOUGHT, "10.00", 3, "5");
        ContractView open = signed("sales1", mine, "500.00");
        CustomerView other = crm.customerOf("sales1");
        assertThatThrownBy(() -> users.runAs(
                        "sales1",
                        () -> orders.create(
                                new OrderData(other.id(), fixtures.warehouse(), null, null, null, open.id()))))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.field()).isEqualTo("contractId");
                    assertThat(e.code()).isEqualTo("contract.otherCustomer");
                });
        // terminated: no more orders, the reason kept
        ContractView ended =
                users.runAs("sales1", () -> contracts.terminate(open.id(), open.version(), "客户破产 insolvent"));
        assertThat(ended.status()).isEqualTo(ContractStatus.TERMINATED);
        assertThat(ended.terminationReason()).isEqualTo("客户破产 insolvent");
        assertThatThrownBy(() -> orderUnder(ended, p, "1")).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void theApiAndThePagesFollowTheSameRules() throws Exception {
        CustomerView mine = crm.customerOf("sales1");
        String body = "{\"customerId\":" + mine.id()
                + ",\"title\":\"API 合同\",\"currency\":\"CNY\",\"value\":1200.50,\"validFrom\":\"" + TODAY + "\"}";
        String created = mvc.perform(post("/api/v1/contracts")
                        .header("Authorization", "Bearer demo-sales1-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.left").value(1200.50))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = Long.parseLong(created.replaceAll("^\\{\"id\":(\\d+).*$", "$1"));
        mvc.perform(post("/api/v1/contracts")
                        .header("Authorization", "Bearer demo-sales1-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerId\":" + mine.id() + ",\"title\":\" \",\"value\":5,\"validFrom\":\""
                                + TODAY + "\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("title"));
        mvc.perform(get("/api/v1/contracts/" + id).header("Authorization", "Bearer demo-sales3-key"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/contracts?customerId=" + mine.id()).header("Authorization", "Bearer demo-finance-key"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].id").value(id));
        mvc.perform(post("/api/v1/contracts/" + id + "/submit?version=0")
                        .header("Authorization", "Bearer demo-finance-key"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/contracts").with(users.as("sales1"))).andExpect(status().isOk());
        mvc.perform(get("/contracts/" + id).with(users.as("sales1"))).andExpect(status().isOk());
        mvc.perform(get("/contracts/" + id).with(users.as("finance"))).andExpect(status().isOk());
        mvc.perform(get("/contracts/" + id).with(users.as("sales3"))).andExpect(status().isNotFound());
        mvc.perform(get("/contracts/new").with(users.as("finance"))).andExpect(status().isForbidden());
        mvc.perform(get("/contracts/new").with(users.as("sales1"))).andExpect(status().isOk());
        mvc.perform(get("/contracts").with(users.as("warehouse"))).andExpect(status().isForbidden());
    }

    @Test
    void twoOrdersRacingForTheLastOfAContractsValueOneGetsItTheOtherIsToldWhatIsLeft() throws Exception {
        ProductView p = fixtures.product(ProductType.BOUGHT, "100.00", 3, "50");
        CustomerView customer = crm.customerOf("sales1");
        ContractView c = signed("sales1", customer, "339.00"); // room for exactly one order of three
        OrderView a = orderUnder(c, p, "3");
        OrderView b = orderUnder(c, p, "3");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
        for (OrderView o : java.util.List.of(a, b)) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    return users.runAs("sales1", () -> orders.confirm(o.id(), null))
                            .status()
                            .name();
                } catch (BusinessRuleException e) {
                    return e.code();
                }
            }));
        }
        start.countDown();
        java.util.List<String> outcomes = new java.util.ArrayList<>();
        for (var f : results) {
            outcomes.add(f.get(60, java.util.concurrent.TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(outcomes).containsExactlyInAnyOrder("CONFIRMED", "contract.valueExceeded");
        ContractView after = users.runAs("sales1", () -> contracts.get(c.id()));
        assertThat(after.used()).isEqualByComparingTo("339.00");
        assertThat(after.left()).isZero();
        assertThat(after.uses()).hasSize(1);
    }
}
