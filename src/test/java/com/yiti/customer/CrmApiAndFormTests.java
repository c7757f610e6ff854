package com.yiti.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.yiti.support.CrmFixtures;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@YitiTest
class CrmApiAndFormTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    CrmFixtures fixtures;

    @Autowired
    CustomerManagement customers;

    @Autowired
    com.yiti.opportunity.ActivityManagement activities;

    @Test
    void apiCreatesAndValidatesWithFieldErrors() throws Exception {
        String name = CrmFixtures.unique("API Co");
        mvc.perform(post("/api/v1/customers")
                        .header("Authorization", "Bearer demo-sales1-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\",\"tier\":\"A\",\"region\":\"华东\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/customers/")))
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.ownerName").value("张伟 Zhang Wei"))
                .andExpect(jsonPath("$.status").value("PROSPECT"));

        mvc.perform(post("/api/v1/customers")
                        .header("Authorization", "Bearer demo-sales1-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"\",\"paymentTermsDays\":-5}"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("name")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("paymentTermsDays")));

        mvc.perform(post("/api/v1/customers")
                        .header("Authorization", "Bearer demo-sales1-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Bad code Co\",\"creditCode\":\"91350100M000100Y44\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("creditCode"))
                .andExpect(jsonPath("$.errors[0].message", containsString("credit code")));
    }

    @Test
    void apiAnswersDuplicatesWith409AndTheMatches() throws Exception {
        var existing = fixtures.customerOf("sales2");
        mvc.perform(post("/api/v1/customers")
                        .header("Authorization", "Bearer demo-sales2-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + existing.name() + " 有限公司\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.matches[0].id").value(existing.id()));
        mvc.perform(post("/api/v1/customers")
                        .header("Authorization", "Bearer demo-sales2-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + existing.name() + " 有限公司\",\"duplicateConfirmed\":true}"))
                .andExpect(status().isCreated());
    }

    @Test
    void staleApiUpdateIs409() throws Exception {
        var c = fixtures.customerOf("sales1");
        String body = "{\"name\":\"" + c.name() + " v2\",\"version\":" + c.version() + "}";
        mvc.perform(put("/api/v1/customers/" + c.id())
                        .header("Authorization", "Bearer demo-sales1-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(c.version() + 1));
        mvc.perform(put("/api/v1/customers/" + c.id())
                        .header("Authorization", "Bearer demo-sales1-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isConflict())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")));
    }

    @Test
    void apiQualifiesALeadAndMovesStages() throws Exception {
        var lead = fixtures.leadOf("sales3");
        String result = mvc.perform(post("/api/v1/leads/" + lead.id() + "/qualify")
                        .header("Authorization", "Bearer demo-sales3-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"amount\":88000.50}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.opportunityId").isNumber())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String opportunityId = result.replaceAll(".*\"opportunityId\":(\\d+).*", "$1");
        mvc.perform(post("/api/v1/opportunities/" + opportunityId + "/stage")
                        .header("Authorization", "Bearer demo-sales3-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"stage\":\"LOST\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("lostReason"));
        mvc.perform(post("/api/v1/opportunities/" + opportunityId + "/stage")
                        .header("Authorization", "Bearer demo-sales3-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"stage\":\"WON\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        long version = ((Number) JsonPath.read(
                        mvc.perform(get("/api/v1/opportunities/" + opportunityId)
                                        .header("Authorization", "Bearer demo-sales3-key"))
                                .andReturn()
                                .getResponse()
                                .getContentAsString(),
                        "$.version"))
                .longValue();
        mvc.perform(post("/api/v1/opportunities/" + opportunityId + "/stage")
                        .header("Authorization", "Bearer demo-sales3-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + (version + 1) + ",\"stage\":\"WON\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("record.changedByOther"));
        mvc.perform(post("/api/v1/opportunities/" + opportunityId + "/stage")
                        .header("Authorization", "Bearer demo-sales3-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version + ",\"stage\":\"WON\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("WON"))
                .andExpect(jsonPath("$.amount").value(88000.50));
        mvc.perform(get("/api/v1/opportunities/" + opportunityId + "/stage-history")
                        .header("Authorization", "Bearer demo-sales3-key"))
                .andExpect(jsonPath("$[0].to").value("WON"))
                .andExpect(jsonPath("$[1].to").value("QUALIFICATION"));
    }

    @Test
    void formPagesFollowTheWriteRules() throws Exception {
        var c = fixtures.customerOf("sales1");
        for (String page :
                List.of("/customers/new", "/customers/" + c.id() + "/edit", "/leads/new", "/opportunities/new")) {
            mvc.perform(get(page).with(users.as("manager"))).andExpect(status().isForbidden());
            mvc.perform(get(page).with(users.as("admin"))).andExpect(status().isOk());
        }
        mvc.perform(get("/campaigns/new").with(users.as("sales1"))).andExpect(status().isForbidden());
        mvc.perform(get("/campaigns/new").with(users.as("salesmgr"))).andExpect(status().isOk());
    }

    @Test
    void campaignsExportAsCsv() throws Exception {
        var csv = mvc.perform(get("/campaigns/export.csv").with(users.as("sales1")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("won_amount").contains("2026 上海工博会 Industrial Fair");
    }

    @Test
    void managerApiWritesAreForbidden() throws Exception {
        mvc.perform(post("/api/v1/customers")
                        .header("Authorization", "Bearer demo-manager-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Nope\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void formShowsPossibleDuplicatesAndCreatesAfterConfirmation() throws Exception {
        var existing = fixtures.customerOf("sales1");
        mvc.perform(post("/customers")
                        .with(users.as("sales1"))
                        .with(csrf())
                        .param("name", existing.name() + "有限公司")
                        .param("status", "PROSPECT")
                        .param("currency", "CNY")
                        .param("paymentTermsDays", "30"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("duplicate-warning")))
                .andExpect(content().string(containsString("/customers/" + existing.id())));
        mvc.perform(post("/customers")
                        .with(users.as("sales1"))
                        .with(csrf())
                        .param("name", existing.name() + "有限公司")
                        .param("status", "PROSPECT")
                        .param("currency", "CNY")
                        .param("paymentTermsDays", "30")
                        .param("duplicateConfirmed", "true"))
                .andExpect(redirectedUrlPattern("/customers/*"));
    }

    @Test
    void aStaleFormIsRefusedWithTheInputKept() throws Exception {
        var c = fixtures.customerOf("sales1");
        users.runAs(
                "sales1", () -> customers.update(c.id(), c.version(), CrmFixtures.data(c.name() + " (theirs)", null)));
        mvc.perform(post("/customers/" + c.id())
                        .with(users.as("sales1"))
                        .with(csrf())
                        .param("name", "My typed name")
                        .param("address", "我输入的地址")
                        .param("status", "ACTIVE")
                        .param("currency", "CNY")
                        .param("paymentTermsDays", "30")
                        .param("version", String.valueOf(c.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else saved this record")))
                .andExpect(content().string(containsString("value=\"My typed name\"")))
                .andExpect(content().string(containsString("我输入的地址")));
        assertThat(users.runAs("sales1", () -> customers.get(c.id()).name())).isEqualTo(c.name() + " (theirs)");
    }

    @Test
    void badMobileIsShownAtTheContactField() throws Exception {
        var c = fixtures.customerOf("sales1");
        mvc.perform(post("/customers/" + c.id() + "/contacts")
                        .with(users.as("sales1"))
                        .with(csrf())
                        .param("name", "王经理")
                        .param("mobile", "1234"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("contactForm", "mobile", "contact.mobileInvalid"))
                .andExpect(content().string(containsString("11-digit mainland mobile")));
    }

    @Test
    void boardMovesACardWithHtmxAndAsksBeforeWinning() throws Exception {
        var c = fixtures.customerOf("sales1");
        var o = fixtures.opportunityOf("sales1", c.id(), new BigDecimal("100.00"));
        mvc.perform(post("/opportunities/" + o.id() + "/stage")
                        .with(users.as("sales1"))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("version", String.valueOf(o.version()))
                        .param("stage", "PROPOSAL"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"card-" + o.id() + "\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<html"))));
        mvc.perform(post("/opportunities/" + o.id() + "/stage")
                        .with(users.as("sales1"))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("version", String.valueOf(o.version() + 1))
                        .param("stage", "WON"))
                .andExpect(header().string(
                                "HX-Redirect",
                                "/opportunities/" + o.id() + "/close?stage=WON&version=" + (o.version() + 1)));
        // a stale card (the version the board showed before the move) is refused, not applied
        mvc.perform(post("/opportunities/" + o.id() + "/stage")
                        .with(users.as("sales1"))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("version", String.valueOf(o.version()))
                        .param("stage", "NEGOTIATION"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"board-error\"")));
        mvc.perform(get("/api/v1/opportunities/" + o.id()).header("Authorization", "Bearer demo-sales1-key"))
                .andExpect(jsonPath("$.stage").value("PROPOSAL"));
        mvc.perform(post("/opportunities/" + o.id() + "/close")
                        .with(users.as("sales1"))
                        .with(csrf())
                        .param("version", String.valueOf(o.version() + 1))
                        .param("stage", "LOST"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Say why the opportunity was lost.")));
        mvc.perform(post("/opportunities/" + o.id() + "/close")
                        .with(users.as("sales1"))
                        .with(csrf())
                        .param("version", String.valueOf(o.version()))
                        .param("stage", "LOST")
                        .param("lostReason", "a stale screen"))
                .andExpect(redirectedUrlPattern("/opportunities/*"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("flashError", "record.changedByOther"));
        mvc.perform(get("/api/v1/opportunities/" + o.id()).header("Authorization", "Bearer demo-sales1-key"))
                .andExpect(jsonPath("$.stage").value("PROPOSAL"));
        mvc.perform(post("/opportunities/" + o.id() + "/close")
                        .with(users.as("sales1"))
                        .with(csrf())
                        .param("version", String.valueOf(o.version() + 1))
                        .param("stage", "WON"))
                .andExpect(redirectedUrlPattern("/opportunities/*"));
        mvc.perform(get("/api/v1/opportunities/" + o.id()).header("Authorization", "Bearer demo-sales1-key"))
                .andExpect(jsonPath("$.stage").value("WON"));
    }

    @Test
    void aDueFollowUpShowsInTheInboxWithItsSubject() throws Exception {
        var c = fixtures.customerOf("sales2");
        String subject = CrmFixtures.unique("call back about the discount");
        users.runAs(
                "sales2",
                () -> activities.create(new com.yiti.opportunity.ActivityData(
                        com.yiti.opportunity.ActivityType.FOLLOW_UP,
                        subject,
                        null,
                        c.id(),
                        null,
                        null,
                        java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")),
                        null)));
        mvc.perform(get("/").with(users.as("sales2")))
                .andExpect(content().string(containsString("Follow up with " + c.name() + ": " + subject)))
                .andExpect(content().string(containsString("href=\"/customers/" + c.id() + "\"")));
    }

    @Test
    void csvExportIsAnAttachmentWithABomAndNoFormulas() throws Exception {
        var c = users.runAs(
                "sales3",
                () -> customers.create(
                        CrmFixtures.data("=HYPERLINK(\"x\") " + CrmFixtures.unique("Evil"), null), true));
        var response = mvc.perform(
                        get("/customers/export.csv").param("q", c.name()).with(users.as("sales3")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn()
                .getResponse();
        byte[] bytes = response.getContentAsByteArray();
        assertThat(bytes[0] & 0xff).isEqualTo(0xEF);
        String csv = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
    }
}
