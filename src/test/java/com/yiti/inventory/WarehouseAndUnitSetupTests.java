package com.yiti.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 15, setup: ADMIN creates the warehouses a blank installation sells from, on the screen and through the API;
 * a new warehouse can take stock and orders at once; one is deactivated only when empty and then offered nowhere.
 * Units of measure and conversions: a product's unit must be an active unit.
 */
@YitiTest
class WarehouseAndUnitSetupTests {

    private static final String ADMIN = "Bearer demo-admin-key";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    InventoryManagement inventory;

    @Autowired
    UnitsOfMeasure units;

    @Autowired
    InventorySetup setup;

    private JsonNode createWarehouse(String code) throws Exception {
        return JSON.readTree(mvc.perform(post("/api/v1/warehouses")
                        .header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"" + code + "\",\"name\":\"测试仓 Test\",\"address\":\"嘉定区\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void aNewWarehouseTakesStockAndIsDeactivatedOnlyWhenEmpty() throws Exception {
        String code = "ZT" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        long id = createWarehouse(code).get("id").asLong();
        mvc.perform(get("/api/v1/warehouses").header("Authorization", "Bearer demo-sales1-key"))
                .andExpect(jsonPath("$[*].code", hasItem(code)));
        mvc.perform(post("/api/v1/warehouses")
                        .header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"" + code.toLowerCase() + "\",\"name\":\"again\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("code")));
        mvc.perform(post("/api/v1/warehouses")
                        .header("Authorization", "Bearer demo-warehouse-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"" + code + "X\",\"name\":\"not mine\"}"))
                .andExpect(status().isForbidden());

        // every product has a balance there at once: a count sets opening stock
        long product = inventory
                .products(new ProductFilter(null, null, true), org.springframework.data.domain.PageRequest.of(0, 1))
                .getContent()
                .get(0)
                .id();
        users.runAs("warehouse", () -> inventory.adjust(product, id, new BigDecimal("5"), "opening count"));
        mvc.perform(post("/api/v1/warehouses/" + id + "/active")
                        .param("value", "false")
                        .header("Authorization", ADMIN))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("active")));
        users.runAs("warehouse", () -> inventory.adjust(product, id, BigDecimal.ZERO, "moved out"));
        mvc.perform(post("/api/v1/warehouses/" + id + "/active")
                        .param("value", "false")
                        .header("Authorization", ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false));
        assertThat(inventory.warehouses()).extracting(WarehouseView::code).doesNotContain(code);
        mvc.perform(get("/api/v1/warehouses?all=true").header("Authorization", ADMIN))
                .andExpect(jsonPath("$[?(@.code == '" + code + "')].active").value(hasItem(false)));
    }

    @Test
    void theScreenKeepsWhatWasTypedAndRefusesTheLastQuarantineLocation() throws Exception {
        mvc.perform(post("/admin/warehouses")
                        .with(users.as("admin"))
                        .with(csrf())
                        .param("code", "a b")
                        .param("name", "Typed"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "code"));
        String code = "ZU" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        mvc.perform(post("/admin/warehouses")
                        .with(users.as("admin"))
                        .with(csrf())
                        .param("code", code)
                        .param("name", "上海二号仓"))
                .andExpect(status().is3xxRedirection());
        WarehouseView created = inventory.warehouses().stream()
                .filter(w -> w.code().equals(code))
                .findFirst()
                .orElseThrow();
        mvc.perform(put("/api/v1/warehouses/" + created.id())
                        .header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"改名\",\"version\":" + (created.version() + 5) + "}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/admin/warehouses/" + created.id() + "/active")
                        .with(users.as("admin"))
                        .with(csrf())
                        .param("value", "false"))
                .andExpect(status().is3xxRedirection());
        long quarantine = inventory.quarantineLocation().id();
        assertThat(setup.all().stream().filter(w -> w.quarantine() && w.active()))
                .hasSize(1);
        mvc.perform(post("/api/v1/warehouses/" + quarantine + "/active")
                        .param("value", "false")
                        .header("Authorization", ADMIN))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("quarantine")));
    }

    @Test
    void unitsAndConversionsAreKeptAndProductsTakeOnlyActiveUnits() throws Exception {
        String code = "U" + UUID.randomUUID().toString().substring(0, 4);
        JsonNode unit = JSON.readTree(mvc.perform(post("/api/v1/units")
                        .header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"" + code + "\",\"nameZh\":\"托\",\"nameEn\":\"pallet\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString());
        mvc.perform(put("/api/v1/unit-conversions")
                        .header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fromUnit\":\"" + code + "\",\"toUnit\":\"箱\",\"factor\":40}"))
                .andExpect(status().isOk());
        assertThat(units.convert(new BigDecimal("2"), code, "箱")).contains(new BigDecimal("80.000"));
        assertThat(units.convert(new BigDecimal("20"), "箱", code)).contains(new BigDecimal("0.500"));
        assertThat(units.convert(BigDecimal.ONE, code, "米")).isEmpty();
        mvc.perform(put("/api/v1/unit-conversions")
                        .header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fromUnit\":\"" + code + "\",\"toUnit\":\"箱\",\"factor\":-1}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("factor")));

        String product = "{\"sku\":\"%s\",\"nameZh\":\"托盘货\",\"nameEn\":\"Palletised\",\"unit\":\"" + code
                + "\",\"type\":\"BOUGHT\",\"listPrice\":10,\"standardCost\":5,\"taxRate\":0.13,\"leadTimeDays\":1,"
                + "\"reorderPoint\":0,\"reorderQuantity\":0,\"active\":true}";
        mvc.perform(post("/api/v1/products")
                        .header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(product.formatted(code.toUpperCase() + "-1")))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/units/" + unit.get("id").asLong() + "/active")
                        .param("value", "false")
                        .header("Authorization", ADMIN))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/products")
                        .header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(product.formatted(code.toUpperCase() + "-2")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("unit")));
        // the product form offers active units only
        mvc.perform(get("/products/new").with(users.as("purchasing")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(not(org.hamcrest.Matchers.containsString("value=\"" + code + "\""))));
        mvc.perform(get("/admin/units").with(users.as("purchasing"))).andExpect(status().isForbidden());
    }

    @Test
    void productsTakeOnlyActiveCategories() throws Exception {
        String code = "C" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        long category = JSON.readTree(mvc.perform(post("/api/v1/product-categories")
                                .header("Authorization", ADMIN)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"code\":\"" + code + "\",\"nameZh\":\"传感器\",\"nameEn\":\"Sensors\"}"))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("id")
                .asLong();
        String product = "{\"sku\":\"%s\",\"nameZh\":\"传感器\",\"nameEn\":\"Sensor\",\"unit\":\"个\","
                + "\"type\":\"BOUGHT\",\"listPrice\":10,\"standardCost\":5,\"taxRate\":0.13,\"leadTimeDays\":1,"
                + "\"reorderPoint\":0,\"reorderQuantity\":0,\"active\":true,\"categoryId\":" + category + "}";
        mvc.perform(post("/api/v1/products")
                        .header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(product.formatted(code + "-1")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.categoryId").value(category));
        mvc.perform(post("/api/v1/product-categories/" + category + "/active")
                        .param("value", "false")
                        .header("Authorization", ADMIN))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/products")
                        .header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(product.formatted(code + "-2")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("categoryId")));
        mvc.perform(get("/admin/categories").with(users.as("admin")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString(code)));
        mvc.perform(get("/admin/units").with(users.as("admin")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.containsString("id=\"unit-table\""),
                                org.hamcrest.Matchers.containsString("/admin/units/"),
                                org.hamcrest.Matchers.containsString("conversion-form"))));
        mvc.perform(get("/api/v1/product-categories").header("Authorization", "Bearer demo-sales1-key"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItem(code)));
        mvc.perform(post("/api/v1/product-categories")
                        .header("Authorization", "Bearer demo-purchasing-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"X\",\"nameZh\":\"x\",\"nameEn\":\"x\"}"))
                .andExpect(status().isForbidden());
    }
}
