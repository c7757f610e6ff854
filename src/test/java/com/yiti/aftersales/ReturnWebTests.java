package com.yiti.aftersales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

/** The return screens and API by role, on the demo returns. */
@YitiTest
class ReturnWebTests {

    static final List<String> USERS = List.of(
            "admin", "manager", "salesmgr", "sales1", "warehouse", "production", "purchasing", "finance", "service");
    static final Set<String> LIST_READERS = Set.of("admin", "manager", "warehouse", "finance", "service");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    ReturnManagement returns;

    @Autowired
    com.yiti.purchasing.PurchasingManagement purchasing;

    @Autowired
    com.yiti.purchasing.SupplierManagement supplierManagement;

    ReturnView demo(ReturnStatus status, ReturnSettlement settlement) {
        return users
                .runAs("service", () -> returns.search(new ReturnFilter(status, null), PageRequest.of(0, 50)))
                .getContent()
                .stream()
                .filter(r -> r.settlement() == settlement)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void eachRoleSeesTheReturnListItMay() throws Exception {
        for (String user : USERS) {
            int page = mvc.perform(get("/returns").with(users.as(user)))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(page).as(user).isEqualTo(LIST_READERS.contains(user) ? 200 : 403);
            int api = mvc.perform(get("/api/v1/returns").with(users.as(user)))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(api).as(user + " API").isEqualTo(LIST_READERS.contains(user) ? 200 : 403);
        }
    }

    @Test
    void theWarehouseSeesTheDemoReturnsAndFinanceTheOneToCredit() throws Exception {
        ReturnView restocked = demo(ReturnStatus.RECEIVED, ReturnSettlement.CREDIT);
        ReturnView replaced = demo(ReturnStatus.SETTLED, ReturnSettlement.REPLACEMENT);
        mvc.perform(get("/returns").param("q", replaced.number()).with(users.as("warehouse")))
                .andExpect(content().string(containsString(replaced.number())));
        mvc.perform(get("/returns")
                        .param("status", "RECEIVED")
                        .param("q", restocked.orderNumber())
                        .with(users.as("finance")))
                .andExpect(content().string(containsString(restocked.number())))
                .andExpect(content().string(not(containsString(replaced.number()))));
        mvc.perform(get("/returns/" + restocked.id()).with(users.as("finance")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"return-credit\"")))
                .andExpect(content().string(containsString("Restock")));
        mvc.perform(get("/returns/" + restocked.id()).with(users.as("warehouse")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"return-credit\""))));
        mvc.perform(get("/returns/" + replaced.id()).with(users.as("service")))
                .andExpect(content().string(containsString(replaced.replacementOrderNumber())));
        mvc.perform(post("/returns/" + restocked.id() + "/credit")
                        .with(users.as("warehouse"))
                        .with(csrf())
                        .param("version", String.valueOf(restocked.version())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/returns/" + replaced.id()).with(users.as("finance")))
                .andExpect(jsonPath("$.status").value("SETTLED"))
                .andExpect(jsonPath("$.lines[0].disposition").value("QUARANTINE"));
        // the supplier of the defective demo sensors shows a defect rate
        var quality = users.runAs("purchasing", () -> supplierManagement.supplierQuality());
        var sensorMaker = users.runAs("purchasing", () -> supplierManagement.suppliers("上海精工", PageRequest.of(0, 1)))
                .getContent()
                .get(0);
        assertThat(quality.get(sensorMaker.id()).defectiveUnits()).isPositive();
        mvc.perform(get("/suppliers").param("q", "上海精工").with(users.as("purchasing")))
                .andExpect(content().string(containsString("data-supplier-defect-rate")))
                .andExpect(content()
                        .string(containsString(quality.get(sensorMaker.id()).ratePct() + " %")));
    }

    @Test
    void serviceAuthorisesAReturnOnTheTicketPageAndTooMuchIsRefusedAtTheField() throws Exception {
        ReturnView credited = demo(ReturnStatus.SETTLED, ReturnSettlement.CREDIT);
        long line = credited.lines().get(0).orderLineId();
        mvc.perform(get("/tickets/" + credited.ticketId()).with(users.as("service")))
                .andExpect(content().string(containsString("id=\"return-form\"")))
                .andExpect(content().string(containsString(credited.number())));
        mvc.perform(get("/tickets/" + credited.ticketId()).with(users.as("manager")))
                .andExpect(content().string(not(containsString("id=\"return-form\""))));
        mvc.perform(post("/tickets/" + credited.ticketId() + "/returns")
                        .with(users.as("service"))
                        .with(csrf())
                        .param("qty_" + line, "999")
                        .param("reason", "DEFECT")
                        .param("settlement", "CREDIT"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashError", "return.aboveShipped"));
        mvc.perform(post("/tickets/" + credited.ticketId() + "/returns")
                        .with(users.as("sales1"))
                        .with(csrf())
                        .param("qty_" + line, "1")
                        .param("reason", "DEFECT")
                        .param("settlement", "CREDIT"))
                .andExpect(status().isForbidden());
        String location = mvc.perform(post("/tickets/" + credited.ticketId() + "/returns")
                        .with(users.as("service"))
                        .with(csrf())
                        .param("qty_" + line, "1")
                        .param("reason", "WRONG_ITEM")
                        .param("settlement", "CREDIT")
                        .param("note", "客户寄回一件"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).matches("/returns/\\d+");
        mvc.perform(get(location).with(users.as("warehouse")))
                .andExpect(content().string(containsString("id=\"return-receive\"")))
                .andExpect(content().string(containsString("客户寄回一件")));
        // a forged disposition or quantity is a message, not an error page
        mvc.perform(post(location + "/receive")
                        .with(users.as("warehouse"))
                        .with(csrf())
                        .param("version", "0")
                        .param("disposition_1", "SOMEWHERE"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashError", "return.dispositionInvalid"));
        mvc.perform(post("/tickets/" + credited.ticketId() + "/returns")
                        .with(users.as("service"))
                        .with(csrf())
                        .param("qty_" + line, "two")
                        .param("reason", "DEFECT")
                        .param("settlement", "CREDIT"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashError", "return.quantityPositive"));
    }
}
