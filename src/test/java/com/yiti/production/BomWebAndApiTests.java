package com.yiti.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.inventory.ProductType;
import com.yiti.inventory.ProductView;
import com.yiti.support.OrderFixtures;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The planner's pages and the API for bills, work centres and routings, and who may use them. */
@YitiTest
class BomWebAndApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    TestUsers users;

    @Autowired
    OrderFixtures fixtures;

    @Autowired
    BomManagement boms;

    JsonNode api(org.springframework.test.web.servlet.RequestBuilder request, int status) throws Exception {
        return json.readTree(mvc.perform(request)
                .andExpect(status().is(status))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void aPlannerBuildsABillWithAWorkCentreAndRoutingThroughTheApiAndTheOthersMayOnlyRead() throws Exception {
        ProductView made = fixtures.product(ProductType.MADE, "500", 10, "0");
        ProductView part = fixtures.product(ProductType.BOUGHT, "50", 10, "0");
        String code = "API-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        JsonNode wc = api(
                post("/api/v1/work-centres")
                        .header("Authorization", "Bearer demo-production-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of(
                                "code",
                                code,
                                "name",
                                "焊接 Welding",
                                "shiftsPerDay",
                                1,
                                "hoursPerShift",
                                8,
                                "workingDays",
                                List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"),
                                "labourRate",
                                50,
                                "overheadRate",
                                10,
                                "active",
                                true))),
                201);
        api(
                post("/api/v1/routings")
                        .header("Authorization", "Bearer demo-production-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of(
                                "productId",
                                made.id(),
                                "lotSize",
                                1,
                                "operations",
                                List.of(Map.of(
                                        "workCentreId",
                                        wc.get("id").asLong(),
                                        "description",
                                        "焊接",
                                        "setupMinutes",
                                        0,
                                        "runMinutes",
                                        30))))),
                201);
        JsonNode draft = api(
                post("/api/v1/boms")
                        .header("Authorization", "Bearer demo-production-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of(
                                "productId",
                                made.id(),
                                "lines",
                                List.of(Map.of(
                                        "componentId", part.id(), "quantity", 2, "scrapPct", 0, "phantom", false))))),
                201);
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        JsonNode active = api(
                post("/api/v1/boms/" + draft.get("id").asLong() + "/activate")
                        .header("Authorization", "Bearer demo-production-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + draft.get("version").asLong() + "}"),
                200);
        assertThat(active.get("status").asString()).isEqualTo("ACTIVE");
        // 2 × 10 (the fixture's standard cost) + 0.5 h × (50 + 10)
        mvc.perform(get("/api/v1/boms/cost?productId=" + made.id()).header("Authorization", "Bearer demo-manager-key"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.root.unitCost").value(50.0))
                .andExpect(jsonPath("$.root.children[0].sku").value(part.sku()));
        mvc.perform(get("/api/v1/boms/where-used?componentId=" + part.id())
                        .header("Authorization", "Bearer demo-manager-key"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].productId").value(made.id()));

        // MANAGER reads, does not change; a sales rep sees none of it
        mvc.perform(post("/api/v1/boms/" + draft.get("id").asLong() + "/copy")
                        .header("Authorization", "Bearer demo-manager-key"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/boms").header("Authorization", "Bearer demo-sales1-key"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/work-centres").header("Authorization", "Bearer demo-sales1-key"))
                .andExpect(status().isForbidden());
        // a bad body is refused at its field
        mvc.perform(post("/api/v1/boms")
                        .header("Authorization", "Bearer demo-production-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of(
                                "productId",
                                made.id(),
                                "lines",
                                List.of(Map.of("componentId", part.id(), "quantity", 0))))))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].quantity"));
    }

    @Test
    void thePagesShowTheBillItsCostAndWhereUsedAndTheFormSaysWhichSkuIsUnknown() throws Exception {
        ProductView made = fixtures.product(ProductType.MADE, "500", 10, "0");
        ProductView part = fixtures.product(ProductType.BOUGHT, "50", 10, "0");
        mvc.perform(post("/production/boms")
                        .with(users.as("production"))
                        .with(csrf())
                        .param("productSku", made.sku())
                        .param("lines[0].sku", "NO-SUCH-SKU")
                        .param("lines[0].quantity", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("NO-SUCH-SKU")))
                .andExpect(content().string(containsString("is-invalid")));
        mvc.perform(post("/production/boms")
                        .with(users.as("production"))
                        .with(csrf())
                        .param("productSku", made.sku())
                        .param("lines[0].sku", "")
                        .param("lines[1].sku", part.sku().toLowerCase())
                        .param("lines[1].quantity", "3")
                        .param("lines[1].scrapPct", "5"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/production/boms/*"));
        BomView bom = users.runAs("production", () -> boms.versionsOf(made.id()).get(0));
        mvc.perform(get("/production/boms/" + bom.id()).with(users.as("production")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(part.sku())))
                .andExpect(content().string(containsString("bom-activate")));
        mvc.perform(post("/production/boms/" + bom.id() + "/activate")
                        .with(users.as("production"))
                        .with(csrf())
                        .param(
                                "version",
                                Long.toString(users.runAs(
                                        "production", () -> boms.get(bom.id()).version()))))
                .andExpect(status().is3xxRedirection());
        assertThat(users.runAs("production", () -> boms.get(bom.id()).status())).isEqualTo(BomStatus.ACTIVE);
        for (String page : List.of(
                "/production/boms",
                "/production/boms?q=" + made.sku(),
                "/production/boms/" + bom.id(),
                "/production/boms/" + bom.id() + "/history",
                "/production/boms/cost?productId=" + made.id(),
                "/production/boms/where-used?sku=" + part.sku(),
                "/production/boms/new",
                "/production/work-centres",
                "/production/work-centres/new",
                "/production/routings",
                "/production/routings/new")) {
            mvc.perform(get(page).with(users.as("manager"))).andExpect(status().isOk());
        }
        mvc.perform(get("/production/boms/cost?productId=" + made.id()).with(users.as("manager")))
                .andExpect(content().string(containsString("bom-cost-table")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("bom-cost-update"))));
        mvc.perform(get("/production/boms/where-used?sku=" + part.sku()).with(users.as("production")))
                .andExpect(content().string(containsString(made.sku())));
        mvc.perform(get("/production/boms").with(users.as("sales1"))).andExpect(status().isForbidden());
    }
}
