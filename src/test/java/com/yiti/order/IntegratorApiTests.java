package com.yiti.order;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.customer.CustomerManagement;
import com.yiti.customer.CustomerView;
import com.yiti.inventory.ProductType;
import com.yiti.inventory.ProductView;
import com.yiti.support.CrmFixtures;
import com.yiti.support.OrderFixtures;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Found by outside testing as an integrator: a warehouse client could not find the line ids it ships; there was no API
 * for stock counts, credit holds and limits, plan lines, requisitions, suppliers or warehouses; confirm answered the
 * same 200 whether the order was confirmed, held or backordered.
 */
@YitiTest
class IntegratorApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrderFixtures fixtures;

    @Autowired
    CrmFixtures crm;

    @Autowired
    TestUsers users;

    @Autowired
    OrderManagement orders;

    @Autowired
    CustomerManagement customers;

    @Autowired
    com.yiti.customer.CreditTermsManagement creditTerms;

    static final String WAREHOUSE = "Bearer demo-warehouse-key";
    static final String FINANCE = "Bearer demo-finance-key";
    static final String SALES = "Bearer demo-sales1-key";

    @Test
    void confirmSaysWhetherTheOrderIsReservedBackorderedOrHeld() throws Exception {
        ProductView inStock = fixtures.product(ProductType.BOUGHT, "10.00", 2, "10");
        ProductView none = fixtures.product(ProductType.BOUGHT, "10.00", 2, "0");
        CustomerView customer = crm.customerOf("sales1");
        OrderView reserved = fixtures.draft("sales1", customer.id(), inStock, 1);
        mvc.perform(post("/api/v1/orders/" + reserved.id() + "/confirm").header("Authorization", SALES))
                .andExpect(jsonPath("$.confirmation").value("RESERVED"));
        OrderView backordered = fixtures.draft("sales1", customer.id(), none, 1);
        mvc.perform(post("/api/v1/orders/" + backordered.id() + "/confirm").header("Authorization", SALES))
                .andExpect(jsonPath("$.confirmation").value("BACKORDERED"));
        CustomerView limited = crm.customerOf("sales1");
        users.runAs("finance", () -> {
            creditTerms.changeCreditTerms(limited.id(), BigDecimal.ONE, 30);
            return null;
        });
        OrderView held = fixtures.draft("sales1", limited.id(), inStock, 1);
        mvc.perform(post("/api/v1/orders/" + held.id() + "/confirm").header("Authorization", SALES))
                .andExpect(jsonPath("$.confirmation").value("HELD"));

        // finance finds it and releases it through the API
        mvc.perform(get("/api/v1/credit-holds").param("size", "100").header("Authorization", FINANCE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].id", hasItem((int) held.id())));
        mvc.perform(post("/api/v1/credit-holds/" + held.id() + "/release")
                        .header("Authorization", FINANCE)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\":\"prepaid\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CONFIRMED"));
        mvc.perform(get("/api/v1/credit-holds").header("Authorization", SALES)).andExpect(status().isForbidden());
    }

    @Test
    void theWarehouseShipsThroughTheApiWithTheLineIdsOfThePickList() throws Exception {
        ProductView p = fixtures.product(ProductType.BOUGHT, "10.00", 2, "10");
        OrderView order = fixtures.draft("sales1", crm.customerOf("sales1").id(), p, 3);
        users.runAs("sales1", () -> orders.confirm(order.id(), null));
        String pick = mvc.perform(get("/api/v1/pick-list/" + order.id()).header("Authorization", WAREHOUSE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].reserved").value(3.0))
                .andExpect(jsonPath("$.lines[0].unitPrice").doesNotExist())
                .andReturn()
                .getResponse()
                .getContentAsString();
        int lineId = com.jayway.jsonpath.JsonPath.read(pick, "$.lines[0].orderLineId");
        mvc.perform(get("/api/v1/pick-list").param("number", order.number()).header("Authorization", WAREHOUSE))
                .andExpect(jsonPath("$.content[0].orderId").value(order.id()));
        mvc.perform(post("/api/v1/shipments")
                        .header("Authorization", WAREHOUSE)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"orderId\":" + order.id() + ",\"quantities\":{\"" + lineId + "\":3}}"))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/pick-list").header("Authorization", SALES)).andExpect(status().isForbidden());
    }

    @Test
    void countsCreditTermsPlanRequisitionsSuppliersAndWarehousesHaveAnApi() throws Exception {
        ProductView p = fixtures.product(ProductType.BOUGHT, "10.00", 2, "0");
        mvc.perform(post("/api/v1/stock/adjustments")
                        .header("Authorization", WAREHOUSE)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"productId\":" + p.id() + ",\"warehouseId\":" + fixtures.warehouse()
                                + ",\"counted\":7,\"note\":\"cycle count\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.onHand").value(7.0));
        mvc.perform(post("/api/v1/stock/adjustments")
                        .header("Authorization", SALES)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"productId\":" + p.id() + ",\"warehouseId\":" + fixtures.warehouse()
                                + ",\"counted\":1,\"note\":\"x\"}"))
                .andExpect(status().isForbidden());

        CustomerView customer = crm.customerOf("sales1");
        long version = users.runAs("finance", () -> creditTerms.creditTerms(customer.id()))
                .version();
        mvc.perform(put("/api/v1/customers/" + customer.id() + "/credit-terms")
                        .header("Authorization", FINANCE)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version + ",\"creditLimit\":50000,\"paymentTermsDays\":45}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.creditLimit").value(50000.0))
                .andExpect(jsonPath("$.paymentTermsDays").value(45));
        mvc.perform(put("/api/v1/customers/" + customer.id() + "/credit-terms")
                        .header("Authorization", FINANCE)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version + ",\"creditLimit\":1,\"paymentTermsDays\":45}"))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/v1/customers/" + customer.id() + "/credit-terms")
                        .header("Authorization", SALES)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version + ",\"creditLimit\":1,\"paymentTermsDays\":45}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/credit-accounts").param("q", customer.name()).header("Authorization", FINANCE))
                .andExpect(jsonPath("$.content[0].customerId").value(customer.id()));

        mvc.perform(get("/api/v1/plan-lines").header("Authorization", "Bearer demo-production-key"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/requisitions").header("Authorization", "Bearer demo-purchasing-key"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content").isArray());
        mvc.perform(get("/api/v1/suppliers").header("Authorization", "Bearer demo-purchasing-key"))
                .andExpect(jsonPath("$.content[0].id").isNumber());
        mvc.perform(get("/api/v1/warehouses").header("Authorization", SALES))
                .andExpect(jsonPath("$[0].code").isString());
        mvc.perform(get("/api/v1/plan-lines").header("Authorization", SALES)).andExpect(status().isForbidden());
    }

    @org.springframework.beans.factory.annotation.Autowired
    com.yiti.finance.ReceivablesManagement receivables;

    @org.springframework.beans.factory.annotation.Autowired
    com.yiti.finance.PaymentManagement paymentManagement;

    /** Found in the security assessment (issue 14): a reversal path naming another payment reversed it anyway. */
    @Test
    void anAllocationIsReversedOnlyThroughItsOwnPayment() throws Exception {
        ProductView p = fixtures.product(ProductType.BOUGHT, "100.00", 2, "10");
        CustomerView customer = crm.customerOf("sales1");
        OrderView order = fixtures.draft("sales1", customer.id(), p, 1);
        users.runAs("sales1", () -> orders.confirm(order.id(), null));
        users.runAs(
                "warehouse",
                () -> fixtures.ship(order.id(), order.lines().get(0).id(), "1", "R-1"));
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .until(() -> !invoices(order.id()).isEmpty());
        long invoiceId = invoices(order.id()).get(0).id();
        var first = pay(customer.id(), invoiceId);
        var second = pay(customer.id(), invoiceId);
        long allocationOfFirst = first.allocations().get(0).id();
        mvc.perform(post("/api/v1/payments/" + second.id() + "/allocations/" + allocationOfFirst + "/reversal")
                        .header("Authorization", FINANCE)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"wrong path\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/payments/" + first.id() + "/allocations/" + allocationOfFirst + "/reversal")
                        .header("Authorization", FINANCE)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"wrong invoice\"}"))
                .andExpect(status().isOk());
    }

    com.yiti.finance.PaymentView pay(long customerId, long invoiceId) {
        return users.runAs(
                "finance",
                () -> paymentManagement.recordPayment(new com.yiti.finance.NewPayment(
                        customerId,
                        java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")),
                        new BigDecimal("10.00"),
                        com.yiti.finance.PaymentMethod.CASH,
                        null,
                        false,
                        java.util.Map.of(invoiceId, new BigDecimal("10.00")))));
    }

    java.util.List<com.yiti.finance.InvoiceView> invoices(long orderId) {
        return users.runAs(
                "finance",
                () -> receivables
                        .invoices(
                                new com.yiti.finance.InvoiceFilter(null, null, null, false, orderId),
                                org.springframework.data.domain.PageRequest.of(0, 10))
                        .getContent());
    }
}
