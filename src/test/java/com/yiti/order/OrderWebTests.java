package com.yiti.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.yiti.customer.CustomerView;
import com.yiti.inventory.ProductType;
import com.yiti.inventory.ProductView;
import com.yiti.production.ProductionManagement;
import com.yiti.purchasing.PurchasingManagement;
import com.yiti.purchasing.RequisitionStatus;
import com.yiti.support.CrmFixtures;
import com.yiti.support.OrderFixtures;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The order-to-delivery screens and API as each role sees them, with the demo data and fresh records. */
@YitiTest
class OrderWebTests {

    static final List<String> USERS = List.of(
            "admin", "manager", "salesmgr", "sales1", "warehouse", "production", "purchasing", "finance", "service");

    /** Who may open which list page. */
    static final Map<String, Set<String>> READERS = Map.of(
            "/quotations", Set.of("admin", "manager", "salesmgr", "sales1"),
            "/orders", Set.of("admin", "manager", "salesmgr", "sales1"),
            "/fulfilment", Set.of("admin", "manager", "warehouse"),
            "/shipments", Set.of("admin", "manager", "warehouse"),
            "/production", Set.of("admin", "manager", "production"),
            "/production/orders", Set.of("admin", "manager", "production"),
            "/production/suggestions", Set.of("admin", "manager", "production"),
            "/purchasing", Set.of("admin", "manager", "purchasing"),
            "/purchasing/orders", Set.of("admin", "manager", "purchasing", "warehouse", "finance"),
            "/suppliers", Set.of("admin", "manager", "purchasing"));

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    OrderFixtures fixtures;

    @Autowired
    CrmFixtures crm;

    @Autowired
    OrderManagement orders;

    @Autowired
    QuotationManagement quotations;

    @Autowired
    ProductionManagement production;

    @Autowired
    PurchasingManagement purchasing;

    @Autowired
    com.yiti.purchasing.SupplierManagement supplierManagement;

    int statusOf(String user, String path) throws Exception {
        return mvc.perform(get(path).with(users.as(user)))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    @Test
    void eachRoleOpensTheListsOfItsWork() throws Exception {
        for (String user : USERS) {
            for (var page : READERS.entrySet()) {
                assertThat(statusOf(user, page.getKey()))
                        .as(user + " " + page.getKey())
                        .isEqualTo(page.getValue().contains(user) ? 200 : 403);
            }
        }
    }

    @Test
    void theDemoDataHasOrdersInEveryStateAndQuotationsInEveryState() {
        users.runAs("admin", () -> {
            for (OrderStatus status : OrderStatus.values()) {
                assertThat(orders.search(new OrderFilter(null, status, null, null), PageRequest.of(0, 1))
                                .getTotalElements())
                        .as(status.name())
                        .isPositive();
            }
            for (QuotationStatus status : QuotationStatus.values()) {
                assertThat(quotations
                                .search(new QuotationFilter(null, status, null, null), PageRequest.of(0, 1))
                                .getTotalElements())
                        .as(status.name())
                        .isPositive();
            }
            return null;
        });
        assertThat(users.runAs("production", () -> production.openPlan())).isNotEmpty();
        assertThat(users.runAs(
                        "purchasing",
                        () -> purchasing
                                .purchaseOrders(List.of(), PageRequest.of(0, 5))
                                .getTotalElements()))
                .isPositive();
    }

    @Test
    void theOrderPageShowsLinesTimelineAndRefreshesOnlyWhenSomethingHappened() throws Exception {
        ProductView p = fixtures.product(ProductType.BOUGHT, "88.00", 3, "2");
        CustomerView customer = crm.customerOf("sales1");
        OrderView order = fixtures.draft("sales1", customer.id(), p, 5);
        users.runAs("sales1", () -> orders.confirm(order.id(), null));
        String page = mvc.perform(get("/orders/" + order.id()).with(users.as("sales1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(order.number())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("hx-trigger=\"every 5s\"").contains("Waiting for purchase");
        long last = users.runAs("sales1", () -> orders.timeline(order.id(), 0)).stream()
                .mapToLong(TimelineEntry::id)
                .max()
                .orElseThrow();
        mvc.perform(get("/orders/" + order.id() + "/live")
                        .param("after", String.valueOf(last))
                        .header("HX-Request", "true")
                        .with(users.as("sales1")))
                .andExpect(status().isNoContent());
        // the warehouse ships: the open page's next poll brings the shipment
        users.runAs(
                "warehouse",
                () -> fixtures.ship(order.id(), order.lines().get(0).id(), "2", "SF-LIVE-1"));
        mvc.perform(get("/orders/" + order.id() + "/live")
                        .param("after", String.valueOf(last))
                        .header("HX-Request", "true")
                        .with(users.as("sales1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("SF-LIVE-1")))
                .andExpect(content().string(containsString("id=\"order-live\"")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/orders/" + order.id()).with(users.as("sales2"))).andExpect(status().isNotFound());
    }

    @Test
    void aResubmittedNewOrderFormCreatesOneOrder() throws Exception {
        CustomerView customer = crm.customerOf("sales1");
        String key = UUID.randomUUID().toString();
        String first = mvc.perform(post("/orders/new")
                        .with(users.as("sales1"))
                        .with(csrf())
                        .param("customerId", String.valueOf(customer.id()))
                        .param("warehouseId", String.valueOf(fixtures.warehouse()))
                        .param("clientKey", key))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String second = mvc.perform(post("/orders/new")
                        .with(users.as("sales1"))
                        .with(csrf())
                        .param("customerId", String.valueOf(customer.id()))
                        .param("warehouseId", String.valueOf(fixtures.warehouse()))
                        .param("clientKey", key))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(second).isEqualTo(first);
        assertThat(users.runAs(
                        "sales1",
                        () -> orders.search(new OrderFilter(null, null, customer.id(), null), PageRequest.of(0, 10))
                                .getTotalElements()))
                .isEqualTo(1);
    }

    @Test
    void aStaleLinkPastTheEndOfTheListLeadsBackToItsLastPage() throws Exception {
        CustomerView customer = crm.customerOf("sales1");
        String reference = "PO-END-" + System.nanoTime() % 100_000_000;
        users.runAs(
                "sales1",
                () -> orders.create(new OrderData(customer.id(), fixtures.warehouse(), reference, null, null)));
        // one order matches: page 8 (page=7, counted from 0) is past the end
        mvc.perform(get("/orders").param("q", reference).param("page", "7").with(users.as("sales1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Last page")))
                .andExpect(content().string(containsString("Page 8 of 1 (1 records)")));
    }

    @Test
    void ordersAreFoundByTheirNumberWholeOrBegunAndByTheCustomersReference() {
        CustomerView customer = crm.customerOf("sales1");
        String reference = "PO-ZX-" + System.nanoTime() % 100_000_000;
        OrderView order = users.runAs(
                "sales1",
                () -> orders.create(new OrderData(customer.id(), fixtures.warehouse(), reference, null, null)));
        java.util.function.Function<String, java.util.List<Long>> found = q -> users
                .runAs("sales1", () -> orders.search(new OrderFilter(q, null, null, null), PageRequest.of(0, 50)))
                .getContent()
                .stream()
                .map(OrderView::id)
                .toList();
        assertThat(found.apply(order.number())).containsExactly(order.id());
        assertThat(found.apply(order.number().toLowerCase(java.util.Locale.ROOT)))
                .containsExactly(order.id());
        assertThat(found.apply(order.number().substring(0, order.number().length() - 1)))
                .contains(order.id());
        assertThat(found.apply(reference.toLowerCase(java.util.Locale.ROOT)))
                .as("like a number: the reference's beginning is searched too")
                .containsExactly(order.id());
        assertThat(found.apply(reference.substring(6)))
                .as("digits alone: searched anywhere in the reference")
                .containsExactly(order.id());
        String chinese = "采购单甲" + System.nanoTime() % 100_000_000 + " 50%_off";
        OrderView second = users.runAs(
                "sales1", () -> orders.create(new OrderData(customer.id(), fixtures.warehouse(), chinese, null, null)));
        assertThat(found.apply(chinese.substring(0, 8)))
                .as("text with letters: the beginning of the reference")
                .containsExactly(second.id());
        assertThat(found.apply(chinese.substring(1, 8))).as("not its middle").isEmpty();
        assertThat(found.apply(" 50%_"))
                .as("typed % and _ are themselves")
                .contains(second.id())
                .doesNotContain(order.id());
        assertThat(com.yiti.shared.Text.looksLikeDocumentNumber("SO-2026-0001")).isTrue();
        assertThat(com.yiti.shared.Text.looksLikeDocumentNumber("SO-2026-")).isTrue();
        assertThat(com.yiti.shared.Text.looksLikeDocumentNumber("SO-000123"))
                .as("a running series")
                .isTrue();
        assertThat(com.yiti.shared.Text.looksLikeDocumentNumber("华东 公司")).isFalse();
        assertThat(com.yiti.shared.Text.looksLikeDocumentNumber("4471")).isFalse();
    }

    @Test
    void badLineInputIsShownAtTheFieldAndNothingIsSaved() throws Exception {
        ProductView p = fixtures.product(ProductType.BOUGHT, "10.00", 1, "0");
        CustomerView customer = crm.customerOf("sales1");
        OrderView order = fixtures.draft("sales1", customer.id());
        mvc.perform(post("/orders/" + order.id() + "/lines")
                        .with(users.as("sales1"))
                        .with(csrf())
                        .param("version", String.valueOf(order.version()))
                        .param("productId", String.valueOf(p.id()))
                        .param("quantity", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"quantity-error\"")))
                .andExpect(content().string(containsString("The quantity must be more than zero.")));
        mvc.perform(post("/orders/" + order.id() + "/lines")
                        .with(users.as("sales1"))
                        .with(csrf())
                        .param("version", String.valueOf(order.version()))
                        .param("productId", String.valueOf(p.id()))
                        .param("quantity", "1")
                        .param("discountPct", "120"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"discountPct-error\"")));
        assertThat(users.runAs("sales1", () -> orders.get(order.id())).lines()).isEmpty();
    }

    @Test
    void theWarehouseSeesNoPricesAndCannotShipMoreThanReserved() throws Exception {
        ProductView p = fixtures.product(ProductType.BOUGHT, "7654.32", 3, "4");
        CustomerView customer = crm.customerOf("sales1");
        OrderView order = fixtures.draft("sales1", customer.id(), p, 6);
        users.runAs("sales1", () -> orders.confirm(order.id(), null));
        long lineId = order.lines().get(0).id();
        mvc.perform(get("/fulfilment").param("q", order.number()).with(users.as("warehouse")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(order.number())))
                .andExpect(content().string(not(containsString("7,654.32"))));
        mvc.perform(get("/fulfilment/orders/" + order.id() + "/ship").with(users.as("warehouse")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("7,654.32"))));
        mvc.perform(post("/fulfilment/orders/" + order.id() + "/ship")
                        .with(users.as("warehouse"))
                        .with(csrf())
                        .param("quantities[" + lineId + "]", "5"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cannot ship more than is reserved (4).")));
        mvc.perform(post("/fulfilment/orders/" + order.id() + "/ship")
                        .with(users.as("sales1"))
                        .with(csrf())
                        .param("quantities[" + lineId + "]", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/fulfilment/orders/" + order.id() + "/ship")
                        .with(users.as("warehouse"))
                        .with(csrf())
                        .param("quantities[" + lineId + "]", "4")
                        .param("carrier", "顺丰")
                        .param("trackingNumber", "SF-WEB-1"))
                .andExpect(status().is3xxRedirection());
        assertThat(users.runAs("sales1", () -> orders.get(order.id())).status())
                .isEqualTo(OrderStatus.PARTIALLY_SHIPPED);
    }

    @Test
    void theApiCreatesOnceConfirmsIdempotentlyAndTellsWhatIsWrong() throws Exception {
        ProductView p = fixtures.product(ProductType.MADE, "300.00", 8, "1");
        CustomerView customer = crm.customerOf("sales1");
        String key = UUID.randomUUID().toString();
        String body = "{\"customerId\":" + customer.id() + ",\"warehouseId\":" + fixtures.warehouse() + "}";
        String created = mvc.perform(post("/api/v1/orders")
                        .header("Authorization", "Bearer demo-sales1-key")
                        .header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        int id = JsonPath.read(created, "$.id");
        mvc.perform(post("/api/v1/orders")
                        .header("Authorization", "Bearer demo-sales1-key")
                        .header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(jsonPath("$.id").value(id));
        mvc.perform(post("/api/v1/orders/" + id + "/lines")
                        .header("Authorization", "Bearer demo-sales1-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"productId\":" + p.id() + ",\"quantity\":-2}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(header().string("Content-Type", containsString("problem+json")));
        mvc.perform(post("/api/v1/orders/" + id + "/lines")
                        .header("Authorization", "Bearer demo-sales1-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"productId\":" + p.id() + ",\"quantity\":3}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.grossTotal").value(1017.0));
        mvc.perform(post("/api/v1/orders/" + id + "/lines")
                        .header("Authorization", "Bearer demo-sales1-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"productId\":" + p.id() + ",\"quantity\":3}"))
                .andExpect(status().isConflict());
        String confirmKey = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/api/v1/orders/" + id + "/confirm")
                            .header("Authorization", "Bearer demo-sales1-key")
                            .header("Idempotency-Key", confirmKey))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("CONFIRMED"))
                    .andExpect(jsonPath("$.lines[0].reservedQuantity").value(1.0))
                    .andExpect(jsonPath("$.lines[0].supply").value("PRODUCTION"));
        }
        mvc.perform(get("/api/v1/orders/" + id + "/timeline").header("Authorization", "Bearer demo-sales1-key"))
                .andExpect(jsonPath("$[?(@.type == 'CONFIRMED')]").isNotEmpty())
                .andExpect(jsonPath("$[?(@.type == 'WAITING_PRODUCTION')]").isNotEmpty());
        mvc.perform(get("/api/v1/orders/" + id).header("Authorization", "Bearer demo-sales2-key"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/orders").header("Authorization", "Bearer demo-warehouse-key"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/production-orders").header("Authorization", "Bearer demo-production-key"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/purchase-orders").header("Authorization", "Bearer demo-warehouse-key"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].total").doesNotExist());
        mvc.perform(get("/api/v1/shipments").header("Authorization", "Bearer demo-sales1-key"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aBigDiscountWaitsForTheTeamManagersApprovalInTheirInbox() throws Exception {
        ProductView p = fixtures.product(ProductType.BOUGHT, "1000.00", 3, "10");
        CustomerView customer = crm.customerOf("sales1");
        QuotationView q = users.runAs(
                "sales1",
                () -> quotations.create(new QuotationData(customer.id(), null, fixtures.warehouse(), null, null)));
        QuotationView withLine = users.runAs(
                "sales1",
                () -> quotations.addLine(
                        q.id(),
                        q.version(),
                        new LineData(p.id(), new java.math.BigDecimal("3"), null, new java.math.BigDecimal("15.5"))));
        // 3 × 1000 × 84.5% = 2535.00 net, 13% tax 329.55, gross 2864.55
        assertThat(withLine.netTotal()).isEqualByComparingTo("2535.00");
        assertThat(withLine.taxTotal()).isEqualByComparingTo("329.55");
        assertThat(withLine.grossTotal()).isEqualByComparingTo("2864.55");
        assertThat(withLine.approval()).isEqualTo(Approval.REQUIRED);
        mvc.perform(post("/quotations/" + q.id() + "/send")
                        .with(users.as("sales1"))
                        .with(csrf())
                        .param("version", String.valueOf(withLine.version())))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("flashError", "quotation.approvalNeeded"));
        mvc.perform(post("/quotations/" + q.id() + "/request-approval")
                        .with(users.as("sales1"))
                        .with(csrf())
                        .param("version", String.valueOf(withLine.version())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/").with(users.as("salesmgr"))).andExpect(content().string(containsString(q.number())));
        mvc.perform(post("/quotations/" + q.id() + "/approve")
                        .with(users.as("sales1"))
                        .with(csrf())
                        .param("approved", "true"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/quotations/" + q.id() + "/approve")
                        .with(users.as("salesmgr"))
                        .with(csrf())
                        .param("approved", "true"))
                .andExpect(status().is3xxRedirection());
        QuotationView approved = users.runAs("sales1", () -> quotations.get(q.id()));
        assertThat(approved.approval()).isEqualTo(Approval.APPROVED);
        assertThat(approved.approvedBy()).isEqualTo("salesmgr");
        mvc.perform(get("/").with(users.as("salesmgr"))).andExpect(content().string(not(containsString(q.number()))));
        QuotationView sent = users.runAs("sales1", () -> quotations.send(q.id(), approved.version()));
        assertThat(sent.status()).isEqualTo(QuotationStatus.SENT);
        OrderView order = users.runAs("sales1", () -> quotations.accept(q.id()));
        assertThat(order.lines()).singleElement().satisfies(l -> {
            assertThat(l.discountPct()).isEqualByComparingTo("15.5");
            assertThat(l.grossAmount()).isEqualByComparingTo("2864.55");
        });
        assertThat(order.quotationId()).isEqualTo(q.id());
    }

    @Test
    void purchasingAndProductionScreensWorkOnRealRecords() throws Exception {
        ProductView bought = fixtures.product(ProductType.BOUGHT, "40.00", 6, "0");
        CustomerView customer = crm.customerOf("sales1");
        OrderView order = fixtures.draft("sales1", customer.id(), bought, 4);
        users.runAs("sales1", () -> orders.confirm(order.id(), null));
        mvc.perform(get("/purchasing").param("q", bought.sku()).with(users.as("purchasing")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(bought.sku())))
                .andExpect(content().string(containsString(order.number())));
        long reqId = users
                .runAs(
                        "purchasing",
                        () -> purchasing.requisitions(RequisitionStatus.OPEN, bought.sku(), PageRequest.of(0, 50)))
                .getContent()
                .stream()
                .filter(r -> r.productId() == bought.id())
                .findFirst()
                .orElseThrow()
                .id();
        long supplier = users.runAs(
                "purchasing", () -> supplierManagement.activeSuppliers().get(0).id());
        String location = mvc.perform(post("/purchasing/orders")
                        .with(users.as("purchasing"))
                        .with(csrf())
                        .param("supplierId", String.valueOf(supplier))
                        .param("requisitionIds", String.valueOf(reqId)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).matches("/purchasing/orders/\\d+");
        mvc.perform(get(location).with(users.as("warehouse")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("10.0000"))));
        mvc.perform(get(location).with(users.as("purchasing")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("10.0000")));
        mvc.perform(post(location + "/receive").with(users.as("purchasing")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/production/orders").with(users.as("production"))).andExpect(status().isOk());
        mvc.perform(get("/purchasing/suggestions").with(users.as("purchasing"))).andExpect(status().isOk());
        mvc.perform(get("/customers/" + customer.id()).with(users.as("sales1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(order.number())));
    }
}
