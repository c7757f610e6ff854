package com.yiti.aftersales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

/** The service desk's screens by role, on the demo tickets. */
@YitiTest
class TicketWebTests {

    static final List<String> USERS = List.of(
            "admin", "manager", "salesmgr", "sales1", "warehouse", "production", "purchasing", "finance", "service");
    static final Set<String> READERS = Set.of("admin", "manager", "salesmgr", "sales1", "service");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TicketManagement tickets;

    @Test
    void eachRoleOpensTheTicketsItMay() throws Exception {
        for (String user : USERS) {
            int list = mvc.perform(get("/tickets").with(users.as(user)))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(list).as(user).isEqualTo(READERS.contains(user) ? 200 : 403);
            int quality = mvc.perform(get("/tickets/quality").with(users.as(user)))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(quality)
                    .as(user + " quality issues")
                    .isEqualTo(
                            Set.of("admin", "manager", "service", "production", "purchasing")
                                            .contains(user)
                                    ? 200
                                    : 403);
        }
    }

    @Test
    void aCommentThroughTheApiNeedNotSayWhetherItIsInternal() throws Exception {
        String list = mvc.perform(get("/api/v1/tickets").header("Authorization", "Bearer demo-service-key"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) com.jayway.jsonpath.JsonPath.read(list, "$.content[0].id")).longValue();
        mvc.perform(post("/api/v1/tickets/" + id + "/comments")
                        .header("Authorization", "Bearer demo-service-key")
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"body\":\"已电话联系客户 / called the customer\"}"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.internal")
                        .value(false));
        mvc.perform(post("/api/v1/tickets/" + id + "/comments")
                        .header("Authorization", "Bearer demo-service-key")
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"body\":\"内部备注\",\"internal\":true}"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.internal")
                        .value(true));
    }

    @Test
    void theDemoQualityIssuesShowForProductionAndPurchasing() throws Exception {
        mvc.perform(get("/tickets/quality").with(users.as("production")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("CAB-104")))
                .andExpect(content().string(containsString("SEN-100")));
    }

    @Test
    void theDeskShowsTheBreachedTicketAndServiceMovesItAlong() throws Exception {
        TicketView breached = users.runAs(
                        "service",
                        () -> tickets.search(
                                new TicketFilter(null, null, null, null, null, SlaState.BREACHED),
                                PageRequest.of(0, 50)))
                .getContent()
                .get(0);
        mvc.perform(get("/tickets").param("sla", "BREACHED").with(users.as("service")))
                .andExpect(content().string(containsString(breached.number())));
        mvc.perform(get("/tickets/" + breached.id()).with(users.as("service")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Breached")));
        mvc.perform(post("/tickets/" + breached.id() + "/status")
                        .with(users.as("manager"))
                        .with(csrf())
                        .param("version", String.valueOf(breached.version()))
                        .param("status", "IN_PROGRESS"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/tickets/" + breached.id() + "/status")
                        .with(users.as("service"))
                        .with(csrf())
                        .param("version", String.valueOf(breached.version()))
                        .param("status", "RESOLVED"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("flashError", "ticket.resolutionRequired"));
        mvc.perform(get("/tickets/new").with(users.as("service"))).andExpect(status().isOk());
        mvc.perform(get("/customers/" + breached.customerId()).with(users.as("admin")))
                .andExpect(content().string(containsString(breached.number())));
    }
}
