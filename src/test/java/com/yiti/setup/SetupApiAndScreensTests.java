package com.yiti.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 15, setup: the company profile, tax rates and payment terms kept by ADMIN on screens and through
 * {@code /api/v1}, read by everyone, refused field by field, and refused to every other role.
 */
@YitiTest
class SetupApiAndScreensTests {

    private static final String ADMIN = "Bearer demo-admin-key";
    private static final String SALES = "Bearer demo-sales1-key";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    CompanySetup company;

    private JsonNode json(String body) {
        return JSON.readTree(body);
    }

    @Test
    void theDemoCompanyIsReadByEveryoneAndChangedOnlyByAdminWithACheckedCreditCode() throws Exception {
        JsonNode profile = json(mvc.perform(get("/api/v1/company").header("Authorization", SALES))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.configured").value(true))
                .andExpect(jsonPath("$.legalNameZh").value("上海一体自动化设备有限公司"))
                .andExpect(jsonPath("$.hasSeal").value(true))
                .andReturn()
                .getResponse()
                .getContentAsString());
        String body = "{\"legalNameZh\":\"上海一体自动化设备有限公司\",\"creditCode\":\"91310115MA1K4YT0X9\","
                + "\"currency\":\"CNY\",\"version\":" + profile.get("version").asLong() + "}";
        mvc.perform(put("/api/v1/company")
                        .header("Authorization", SALES)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/company")
                        .header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("creditCode")));
        // the screen shows the same refusal at the field and keeps what was typed
        mvc.perform(post("/admin/company")
                        .with(users.as("admin"))
                        .with(csrf())
                        .param("legalNameZh", "上海一体自动化设备有限公司")
                        .param("legalNameEn", "Typed and kept")
                        .param("creditCode", "91310115MA1K4YT0X9")
                        .param("currency", "CNY")
                        .param("version", profile.get("version").asText()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "creditCode"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Typed and kept")));
        assertThat(company.profile().legalNameEn())
                .isEqualTo(profile.get("legalNameEn").asText());
        // a stale version is refused, not overwritten
        mvc.perform(put("/api/v1/company")
                        .header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("X9", "X8")
                                .replace("\"version\":" + profile.get("version").asLong(), "\"version\":999")))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/v1/company")
                        .header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("X9", "x8")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.creditCode").value("91310115MA1K4YT0X8"));
        assertThat(company.profile().legalNameEn()).isNull();
        // put the demo profile back for the other tests
        users.runAs(
                "admin",
                () -> company.save(
                        new CompanyData(
                                "上海一体自动化设备有限公司",
                                profile.get("legalNameEn").asText(),
                                "91310115MA1K4YT0X8",
                                profile.get("address").asText(),
                                profile.get("phone").asText(),
                                profile.get("bankName").asText(),
                                profile.get("bankAccount").asText(),
                                "CNY"),
                        company.profile().version()));
    }

    @Test
    void imagesArePngOrJpegByTheirBytesAndServedToSignedInUsers() throws Exception {
        byte[] logo = company.image(CompanyImage.Kind.LOGO).orElseThrow().content();
        byte[] png = mvc.perform(get("/company/images/seal").with(users.as("warehouse")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(png).hasSizeGreaterThan(100);
        mvc.perform(multipart("/admin/company/images/logo")
                        .file(new MockMultipartFile(
                                "file", "logo.png", "image/png", "<svg onload=alert(1)>".getBytes()))
                        .with(users.as("admin"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("flashError", "company.imageType"));
        mvc.perform(multipart("/admin/company/images/logo")
                        .file(new MockMultipartFile("file", "logo.png", "image/png", png))
                        .with(users.as("finance"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/admin/company/images/logo")
                        .file(new MockMultipartFile("file", "x.bin", "application/octet-stream", png))
                        .with(users.as("admin"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(company.image(CompanyImage.Kind.LOGO).orElseThrow().content())
                .isEqualTo(png);
        mvc.perform(get("/admin/company").with(users.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/company/images/logo")));
        mvc.perform(get("/company/images/other").with(users.as("admin"))).andExpect(status().isNotFound());
        // the demo's logo back for the documents other tests print
        users.runAs("admin", () -> {
            company.storeImage(CompanyImage.Kind.LOGO, logo);
            return null;
        });
    }

    @Test
    void taxRatesAreAddedRefusedAndDeactivatedAndProductsOnlyTakeActiveOnes() throws Exception {
        String code = "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String rate = "{\"code\":\"" + code + "\",\"nameZh\":\"测试税率\",\"nameEn\":\"Test rate\","
                + "\"percent\":11.5,\"validFrom\":\"2026-01-01\"}";
        JsonNode created = json(mvc.perform(post("/api/v1/tax-rates")
                        .header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(rate))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rate").value(0.115))
                .andReturn()
                .getResponse()
                .getContentAsString());
        mvc.perform(post("/api/v1/tax-rates")
                        .header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(rate))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("code")));
        mvc.perform(post("/api/v1/tax-rates")
                        .header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(rate.replace(code, code + "B").replace("11.5", "100")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("percent")));
        mvc.perform(post("/api/v1/tax-rates")
                        .header("Authorization", SALES)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(rate.replace(code, code + "C")))
                .andExpect(status().isForbidden());

        // a product may take the new rate while it is active, and not once it is deactivated
        String product = "{\"sku\":\"%s\",\"nameZh\":\"测试\",\"nameEn\":\"Test\",\"unit\":\"个\",\"type\":\"BOUGHT\","
                + "\"listPrice\":10,\"standardCost\":5,\"taxRate\":%s,\"leadTimeDays\":1,\"reorderPoint\":0,"
                + "\"reorderQuantity\":0,\"active\":true}";
        mvc.perform(post("/api/v1/products")
                        .header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(product.formatted(code + "-A", "0.115")))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/tax-rates/" + created.get("id").asLong() + "/active")
                        .param("value", "false")
                        .header("Authorization", ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false));
        mvc.perform(post("/api/v1/products")
                        .header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(product.formatted(code + "-B", "0.115")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("taxRate")));
        mvc.perform(post("/api/v1/products")
                        .header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(product.formatted(code + "-C", "0.13").replace("\"个\"", "\"桶\"")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("unit")));
        mvc.perform(get("/admin/tax-rates").with(users.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("tax-rate-" + code)))
                // the deactivated rate offers to be activated again, the preset ones to be deactivated
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "/admin/tax-rates/" + created.get("id").asLong() + "/active?value=true")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "href=\"/admin/tax-rates/" + created.get("id").asLong() + "\"")));
        mvc.perform(get("/admin/tax-rates").with(users.as("finance"))).andExpect(status().isForbidden());
    }

    @Test
    void paymentTermsKeepTheirInstalmentsAndRefuseAPlanThatDoesNotAddUp() throws Exception {
        String code = "P" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        mvc.perform(post("/api/v1/payment-terms")
                        .header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"" + code + "\",\"nameZh\":\"分期\",\"nameEn\":\"Split\",\"days\":0,"
                                + "\"instalmentPlan\":\"40:0;50:30\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("instalmentPlan")));
        mvc.perform(post("/api/v1/payment-terms")
                        .header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"" + code + "\",\"nameZh\":\"分期\",\"nameEn\":\"Split\",\"days\":0,"
                                + "\"endOfMonth\":true,\"instalmentPlan\":\"40:0;60:30\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.days").value(30))
                .andExpect(jsonPath("$.instalments[1].percent").value(60));
        mvc.perform(get("/api/v1/payment-terms").header("Authorization", SALES))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItem("EOM30")))
                .andExpect(jsonPath("$[*].code", hasItem(code)));
        // the screen: the refusal at the field, the typed plan kept
        mvc.perform(post("/admin/payment-terms")
                        .with(users.as("admin"))
                        .with(csrf())
                        .param("code", code + "X")
                        .param("nameZh", "坏")
                        .param("nameEn", "Bad")
                        .param("days", "30")
                        .param("instalmentPlan", "50:0;40:30"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "instalmentPlan"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("50:0;40:30")));
    }

    @Test
    void theAdminSeesTheChecklistDoneOnTheDemoAndNobodyElseOpensIt() throws Exception {
        mvc.perform(get("/admin/setup").with(users.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("setup-step-company")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("setup-step-opening-stock")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(
                                org.hamcrest.Matchers.containsString("list-group-item-warning"))));
        // every step done: the home page shows no checklist
        mvc.perform(get("/").with(users.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("id=\"home-setup\""))));
        mvc.perform(get("/admin/setup").with(users.as("manager"))).andExpect(status().isForbidden());
    }
}
