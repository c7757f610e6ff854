package com.yiti.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.support.CrmFixtures;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** Another system pushes its records by its own id, again and again, also at the same time: never a duplicate. */
@YitiTest
class ExternalSyncTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    TestUsers users;

    @Autowired
    ExternalSync sync;

    @Autowired
    JdbcTemplate jdbc;

    static String ext() {
        return "C-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    }

    int customersNamed(String name) {
        return jdbc.queryForObject("select count(*) from cus_customer where name = ?", Integer.class, name);
    }

    @Test
    void theSameRecordPushedTwiceIsCreatedOnceThenChanged() throws Exception {
        String id = ext();
        String name = CrmFixtures.unique("网店客户 Shop buyer");
        String first = json.writeValueAsString(Map.of("name", name, "region", "华东", "currency", "CNY"));
        long customerId = json.readTree(mvc.perform(put("/api/v1/external/shop/customers/" + id)
                                .header("Authorization", "Bearer demo-sales1-key")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(first))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.created").value(true))
                        .andExpect(jsonPath("$.record.name").value(name))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("id")
                .asLong();
        mvc.perform(put("/api/v1/external/shop/customers/" + id)
                        .header("Authorization", "Bearer demo-sales1-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(first))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(customerId));
        mvc.perform(put("/api/v1/external/shop/customers/" + id)
                        .header("Authorization", "Bearer demo-sales1-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("name", name + " 改", "currency", "CNY"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(false))
                .andExpect(jsonPath("$.record.name").value(name + " 改"));
        assertThat(customersNamed(name)).isZero();
        assertThat(customersNamed(name + " 改")).isEqualTo(1);

        // the same external id from another system is another record
        mvc.perform(put("/api/v1/external/old-crm/customers/" + id)
                        .header("Authorization", "Bearer demo-sales1-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(first))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/external/shop/customers/" + id).header("Authorization", "Bearer demo-sales1-key"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(customerId));
        // outside the caller's scope it does not exist
        mvc.perform(get("/api/v1/external/shop/customers/" + id).header("Authorization", "Bearer demo-sales2-key"))
                .andExpect(status().isNotFound());
    }

    @Test
    void pushesOfOneNewRecordAtTheSameTimeCreateItOnce() throws Exception {
        String id = ext();
        String name = CrmFixtures.unique("并发客户 Concurrent buyer");
        var body = json.readTree(json.writeValueAsString(Map.of("name", name, "currency", "CNY")));
        int clients = 6;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ExternalRecordView>> results = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return users.runAs("sales1", () -> sync.upsert("shop", "customers", id, body));
            }));
        }
        start.countDown();
        List<Long> ids = new ArrayList<>();
        int created = 0;
        for (Future<ExternalRecordView> f : results) {
            ExternalRecordView v = f.get(60, TimeUnit.SECONDS);
            ids.add(v.id());
            created += v.created() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(ids).containsOnly(ids.get(0));
        assertThat(created).isEqualTo(1);
        assertThat(customersNamed(name)).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from int_external_ref where source_system = 'shop' and external_id = ?",
                        Integer.class,
                        id))
                .isEqualTo(1);
    }

    @Test
    void aBadPushIsRefusedAtItsFieldAndAKindOrSystemThatDoesNotExistIsSaid() throws Exception {
        mvc.perform(put("/api/v1/external/shop/products/P-1")
                        .header("Authorization", "Bearer demo-purchasing-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("sku", "EXT-P-1", "nameEn", "Valve"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("listPrice"))
                .andExpect(jsonPath("$.errors[0].code").value("field.required"));
        mvc.perform(put("/api/v1/external/shop/widgets/W-1")
                        .header("Authorization", "Bearer demo-admin-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/external/Shop System/customers/C-1")
                        .header("Authorization", "Bearer demo-sales1-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("system"));
        // the warehouse may not create products: the owning module's rule, not the sync's
        mvc.perform(put("/api/v1/external/shop/products/P-2")
                        .header("Authorization", "Bearer demo-warehouse-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of(
                                "sku", "EXT-P-2",
                                "nameZh", "阀门",
                                "nameEn", "Valve",
                                "listPrice", 10,
                                "standardCost", 6))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aContactIsPushedUnderItsCustomerByItsOwnIdAndStaysWithIt() throws Exception {
        String name = CrmFixtures.unique("联系人客户 Contact owner");
        long customerId = json.readTree(mvc.perform(put("/api/v1/external/shop/customers/" + ext())
                                .header("Authorization", "Bearer demo-sales1-key")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(json.writeValueAsString(Map.of("name", name, "currency", "CNY"))))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("id")
                .asLong();
        String id = ext();
        String body = json.writeValueAsString(Map.of("customerId", customerId, "name", "王经理", "mobile", "13800000000"));
        long contactId = json.readTree(mvc.perform(put("/api/v1/external/shop/contacts/" + id)
                                .header("Authorization", "Bearer demo-sales1-key")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(body))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.record.customerId").value(customerId))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("id")
                .asLong();
        mvc.perform(put("/api/v1/external/shop/contacts/" + id)
                        .header("Authorization", "Bearer demo-sales1-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("王经理", "王总")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(contactId))
                .andExpect(jsonPath("$.record.name").value("王总"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from cus_contact where customer_id = ?", Integer.class, customerId))
                .isEqualTo(1);
        // a contact without its customer is refused at the field
        mvc.perform(put("/api/v1/external/shop/contacts/" + ext())
                        .header("Authorization", "Bearer demo-sales1-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"无客户\"}"))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0].field").value("customerId"));
        // another rep's push cannot reach the customer
        mvc.perform(put("/api/v1/external/shop/contacts/" + ext())
                        .header("Authorization", "Bearer demo-sales2-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().is(org.hamcrest.Matchers.greaterThanOrEqualTo(403)));
    }

    @Autowired
    CrmFixtures crm;

    @Autowired
    com.yiti.support.OrderFixtures fixtures;

    org.springframework.test.web.servlet.ResultActions pushOrder(String id, Object body) throws Exception {
        return mvc.perform(put("/api/v1/external/shop/orders/" + id)
                .header("Authorization", "Bearer demo-sales1-key")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)));
    }

    /** An order as the shop sends it: its reference TB-1001, to the first warehouse, and any further fields. */
    Map<String, Object> shopOrder(long customerId, List<?> lines, Object... more) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("customerId", customerId);
        body.put("warehouseId", fixtures.warehouse());
        body.put("customerReference", "TB-1001");
        body.put("lines", lines);
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    @Test
    void aShopOrderIsADraftItsPushesChangeUntilConfirmedThenRepeatsChangeNothingAndACancellationCancels()
            throws Exception {
        long customerId = crm.customerOf("sales1").id();
        var a = fixtures.product(com.yiti.inventory.ProductType.BOUGHT, "100.00", 5, "50");
        var b = fixtures.product(com.yiti.inventory.ProductType.BOUGHT, "20.00", 5, "50");
        String id = "SO-" + ext();
        Map<String, Object> line1 = Map.of("productId", a.id(), "quantity", 2, "unitPrice", "95.00");
        Map<String, Object> line2 = Map.of("productId", b.id(), "quantity", 3);
        long orderId = json.readTree(pushOrder(id, shopOrder(customerId, List.of(line1, line2)))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.record.status").value("DRAFT"))
                        .andExpect(jsonPath("$.record.lines.length()").value(2))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("id")
                .asLong();

        // while a draft, the shop's next push makes the order what it says: one line, another quantity
        Map<String, Object> changed = Map.of("productId", a.id(), "quantity", 4, "unitPrice", "95.00");
        pushOrder(id, shopOrder(customerId, List.of(changed)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(orderId))
                .andExpect(jsonPath("$.record.lines.length()").value(1))
                .andExpect(jsonPath("$.record.lines[0].quantity").value(4))
                .andExpect(jsonPath("$.record.netTotal").value(380));

        Map<String, Object> confirmed = shopOrder(customerId, List.of(changed), "confirm", true);
        pushOrder(id, confirmed)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.record.status").value("CONFIRMED"));
        long version = json.readTree(pushOrder(id, confirmed)
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.record.status").value("CONFIRMED"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("record")
                .get("version")
                .asLong();

        // a confirmed order is run in Yiti: other lines are refused, the order stays as it was
        pushOrder(id, shopOrder(customerId, List.of(Map.of("productId", a.id(), "quantity", 9))))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.code").value("external.order.notDraft"));
        assertThat(jdbc.queryForObject("select version from ord_sales_order where id = ?", Long.class, orderId))
                .isEqualTo(version);

        pushOrder(id, shopOrder(customerId, List.of(changed), "cancelReason", "买家取消 Buyer cancelled"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.record.status").value("CANCELLED"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from ord_sales_order where customer_id = ? and customer_reference = 'TB-1001'",
                        Integer.class,
                        customerId))
                .isEqualTo(1);

        // an order without lines, or a line without its quantity, is refused at the field, and nothing is made
        pushOrder("SO-" + ext(), shopOrder(customerId, List.of()))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0].field").value("lines"));
        pushOrder("SO-" + ext(), shopOrder(customerId, List.of(Map.of("productId", a.id()))))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].quantity"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from ord_sales_order where customer_id = ?", Integer.class, customerId))
                .isEqualTo(1);
    }
}
