package com.yiti.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@YitiTest
class InventoryWebTests {

    static final List<String> USERS = List.of(
            "admin", "manager", "salesmgr", "sales1", "warehouse", "production", "purchasing", "finance", "service");

    /** Who may open the stock pages (products are open to every signed-in user). */
    static final Set<String> STOCK_READERS =
            Set.of("admin", "manager", "salesmgr", "sales1", "warehouse", "production", "purchasing");

    static final Map<String, Set<String>> WRITERS = Map.of(
            "/stock/adjust", Set.of("admin", "warehouse"),
            "/products/new", Set.of("admin", "purchasing"));

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    InventoryManagement inventory;

    @Autowired
    com.yiti.inventory.ProductCatalog catalog;

    ProductView product() {
        return users.runAs(
                "purchasing",
                () -> catalog.createProduct(new ProductData(
                        "W-" + UUID.randomUUID().toString().substring(0, 10).toUpperCase(),
                        "齿轮箱",
                        "Gearbox",
                        "台",
                        ProductType.BOUGHT,
                        new BigDecimal("4321.00"),
                        new BigDecimal("2800.5"),
                        new BigDecimal("0.13"),
                        14,
                        BigDecimal.ONE,
                        BigDecimal.TEN,
                        true)));
    }

    @Test
    void eachRoleOpensWhatItMay() throws Exception {
        long id = product().id();
        for (String user : USERS) {
            assertThat(statusOf(user, "/products")).as(user).isEqualTo(200);
            assertThat(statusOf(user, "/products/" + id)).as(user).isEqualTo(200);
            for (String page : List.of("/stock", "/stock/moves")) {
                assertThat(statusOf(user, page))
                        .as(user + " " + page)
                        .isEqualTo(STOCK_READERS.contains(user) ? 200 : 403);
            }
            for (var w : WRITERS.entrySet()) {
                int expected = w.getValue().contains(user) ? 200 : 403;
                assertThat(statusOf(user, w.getKey()))
                        .as(user + " " + w.getKey())
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void warehouseSeesNoPricesOnPagesOrApi() throws Exception {
        var p = product();
        mvc.perform(get("/products/" + p.id()).with(users.as("warehouse")))
                .andExpect(content().string(not(containsString("4321"))))
                .andExpect(content().string(not(containsString("2800"))));
        mvc.perform(get("/products").param("q", p.sku()).with(users.as("warehouse")))
                .andExpect(content().string(containsString(p.sku())))
                .andExpect(content().string(not(containsString("4,321.00"))));
        mvc.perform(get("/api/v1/products/" + p.id()).header("Authorization", "Bearer demo-warehouse-key"))
                .andExpect(jsonPath("$.listPrice").doesNotExist())
                .andExpect(jsonPath("$.standardCost").doesNotExist());
        mvc.perform(get("/api/v1/products/" + p.id()).header("Authorization", "Bearer demo-sales1-key"))
                .andExpect(jsonPath("$.listPrice").value(4321.00));
    }

    @Test
    void warehouseAdjustsACountAndTheLedgerShowsIt() throws Exception {
        var p = product();
        long warehouse = inventory.warehouses().get(0).id();
        inventory.receive(p.id(), warehouse, BigDecimal.TEN, MoveReason.RECEIPT, "OPENING");
        mvc.perform(post("/stock/adjust")
                        .with(users.as("warehouse"))
                        .with(csrf())
                        .param("productId", String.valueOf(p.id()))
                        .param("warehouseId", String.valueOf(warehouse))
                        .param("counted", "7")
                        .param("note", "cycle count, 3 damaged"))
                .andExpect(redirectedUrlPattern("/stock/moves?productId=*"));
        assertThat(inventory.balance(p.id(), warehouse).onHand()).isEqualByComparingTo("7");
        mvc.perform(get("/stock/moves")
                        .param("productId", String.valueOf(p.id()))
                        .with(users.as("warehouse")))
                .andExpect(content().string(containsString("cycle count, 3 damaged")))
                .andExpect(content().string(containsString("-3")));

        mvc.perform(post("/stock/adjust")
                        .with(users.as("warehouse"))
                        .with(csrf())
                        .param("productId", String.valueOf(p.id()))
                        .param("warehouseId", String.valueOf(warehouse))
                        .param("counted", "-1")
                        .param("note", ""))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "counted", "note"));
        assertThat(inventory.balance(p.id(), warehouse).onHand()).isEqualByComparingTo("7");
    }

    @Test
    void stockListFiltersBelowReorderPointOnTheServer() throws Exception {
        var p = product();
        long warehouse = inventory.warehouses().get(0).id();
        mvc.perform(get("/api/v1/stock")
                        .param("q", p.sku())
                        .param("belowReorderPoint", "true")
                        .header("Authorization", "Bearer demo-warehouse-key"))
                .andExpect(jsonPath("$.content[0].sku").value(p.sku()));
        inventory.receive(p.id(), warehouse, BigDecimal.TEN, MoveReason.RECEIPT, "OPENING");
        mvc.perform(get("/api/v1/stock")
                        .param("q", p.sku())
                        .param("warehouseId", String.valueOf(warehouse))
                        .param("belowReorderPoint", "true")
                        .header("Authorization", "Bearer demo-warehouse-key"))
                .andExpect(jsonPath("$.totalElements").value(0));
    }

    private int statusOf(String user, String path) throws Exception {
        return mvc.perform(get(path).with(users.as(user)))
                .andReturn()
                .getResponse()
                .getStatus();
    }
}
