package com.yiti.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The dashboard page, API and exports by role, on the demo data. */
@YitiTest
class DashboardWebTests {

    static final List<String> USERS = List.of(
            "admin", "manager", "salesmgr", "sales1", "warehouse", "production", "purchasing", "finance", "service");
    static final Set<String> READERS = Set.of("admin", "manager", "salesmgr");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Test
    void onlyManagersHaveADashboard() throws Exception {
        for (String user : USERS) {
            int page = mvc.perform(get("/dashboard").with(users.as(user)))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(page).as(user).isEqualTo(READERS.contains(user) ? 200 : 403);
            int api = mvc.perform(get("/api/v1/dashboard/revenue").with(users.as(user)))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(api).as(user + " API").isEqualTo(READERS.contains(user) ? 200 : 403);
        }
    }

    @Test
    void theManagerSeesEverySectionWithDefinitionsAndASalesManagerOnlyTheTeamsSales() throws Exception {
        mvc.perform(get("/dashboard").param("period", "YEAR_TO_DATE").with(users.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"kpi-revenue\"")))
                .andExpect(content().string(containsString("id=\"table-aging\"")))
                .andExpect(content().string(containsString("id=\"table-complaints\"")))
                .andExpect(content().string(containsString("Net amount invoiced in the period")));
        mvc.perform(get("/dashboard").with(users.as("salesmgr")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"dashboard-team\"")))
                .andExpect(content().string(not(containsString("id=\"table-aging\""))));
        mvc.perform(get("/api/v1/dashboard/receivables").with(users.as("salesmgr")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/dashboard/export/aging").with(users.as("salesmgr"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/dashboard/manager")
                        .param("period", "YEAR_TO_DATE")
                        .with(users.as("manager")))
                .andExpect(jsonPath("$.revenue.net").isNumber())
                .andExpect(jsonPath("$.receivables.total.customerId").value(0))
                .andExpect(jsonPath("$.teamOnly").value(false));
        mvc.perform(get("/dashboard")
                        .param("period", "CUSTOM")
                        .param("from", "2026-03-01")
                        .param("to", "2026-01-01")
                        .with(users.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The end comes before the start.")));
        mvc.perform(get("/dashboard").header("Accept-Language", "zh-CN").with(users.as("manager")))
                .andExpect(content().string(containsString("应收账款")));
    }

    /** Found by outside testing: the sales manager's revenue card led to a page he may not open. */
    @Test
    void everyLinkOnADashboardOpensForItsReader() throws Exception {
        for (String reader : List.of("salesmgr", "manager")) {
            String page = mvc.perform(get("/dashboard").with(users.as(reader)))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            java.util.regex.Matcher links =
                    java.util.regex.Pattern.compile("href=\"(/[^\"#]*)\"").matcher(page);
            java.util.Set<String> seen = new java.util.TreeSet<>();
            while (links.find()) {
                String link = links.group(1).replace("&amp;", "&");
                if (!link.startsWith("/webjars")
                        && !link.startsWith("/css")
                        && !link.startsWith("/images")
                        && seen.add(link)) {
                    int status = mvc.perform(get(link).with(users.as(reader)))
                            .andReturn()
                            .getResponse()
                            .getStatus();
                    org.assertj.core.api.Assertions.assertThat(status)
                            .as(reader + " opens " + link)
                            .isLessThan(400);
                }
            }
            org.assertj.core.api.Assertions.assertThat(seen).isNotEmpty();
        }
    }

    @Test
    void eachRoleHomeShowsCardsAboutItsOwnWork() throws Exception {
        Map<String, List<String>> cards = Map.of(
                "sales1", List.of("card-my-pipeline", "card-my-orders", "card-my-overdue", "card-my-follow-ups"),
                "warehouse", List.of("card-to-pick", "card-shipped-today", "card-receipts-expected", "card-low-stock"),
                "production", List.of("card-plan-due", "card-late-production", "card-quality"),
                "purchasing", List.of("card-to-order", "card-late-pos", "card-defect-rate", "card-low-stock"),
                "finance", List.of("card-held-orders", "card-overdue-invoices", "card-to-allocate"),
                "service", List.of("card-sla-on-track", "card-sla-at-risk", "card-sla-breached", "card-sla-paused"));
        for (var e : cards.entrySet()) {
            String page = mvc.perform(get("/").with(users.as(e.getKey())))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            for (String id : e.getValue()) {
                assertThat(page).as(e.getKey() + " " + id).contains("id=\"" + id + "\"");
            }
        }
        // the demo's held order and overdue invoice show on finance's cards, linked to their lists
        mvc.perform(get("/").with(users.as("finance")))
                .andExpect(content().string(containsString("href=\"/finance/holds\"")))
                .andExpect(content().string(containsString("href=\"/finance/invoices?overdue=true\"")));
        // the warehouse sees none of finance's cards
        mvc.perform(get("/").with(users.as("warehouse")))
                .andExpect(content().string(not(containsString("card-held-orders"))));
    }

    @Test
    void dashboardTablesExportToCsvAndExcel() throws Exception {
        mvc.perform(get("/dashboard/export/aging").param("format", "csv").with(users.as("manager")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("dashboard-aging.csv")))
                .andExpect(content().string(containsString("customer,current,days_1_30")));
        byte[] xlsx = mvc.perform(get("/dashboard/export/top-customers")
                        .param("period", "YEAR_TO_DATE")
                        .param("format", "xlsx")
                        .with(users.as("manager")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("customer");
            assertThat(sheet.getLastRowNum()).isPositive();
        }
    }
}
