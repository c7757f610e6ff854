package com.yiti.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.customer.CustomerView;
import com.yiti.support.CrmFixtures;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Data permissions (issue 19, decision 050): the scope ADMIN sets for SALES_REP decides whose customers sales1 sees in
 * the list, on the detail page, in the export and through the API — a record outside it is absent and answers 404.
 * sales1 is in 华东销售组 East with sales2; a new rep sits in a team below East; sales3 is in the South team.
 */
@YitiTest
class DataScopeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    CrmFixtures fixtures;

    @Autowired
    DepartmentManagement departments;

    @Autowired
    JdbcTemplate jdbc;

    private CustomerView own;
    private CustomerView sameDepartment;
    private CustomerView below;
    private CustomerView elsewhere;

    @BeforeEach
    void customers() {
        own = fixtures.customerOf("sales1");
        sameDepartment = fixtures.customerOf("sales2");
        elsewhere = fixtures.customerOf("sales3");
        long east = departments.tree().stream()
                .filter(d -> d.name().equals("华东销售组 East"))
                .findFirst()
                .orElseThrow()
                .id();
        var sub = users.runAs(
                "admin",
                () -> departments.create(new DepartmentData("East key accounts " + System.nanoTime(), east, null)));
        var rep = users.create(EnumSet.of(Role.SALES_REP));
        jdbc.update("update plt_user set department_id = ? where id = ?", sub.id(), rep.id());
        below = fixtures.customerOf(rep.username());
    }

    @AfterEach
    void restore() {
        users.runAs("admin", () -> {
            departments.setScope(Role.SALES_REP, DataScope.OWN);
            return null;
        });
    }

    @ParameterizedTest
    @EnumSource(DataScope.class)
    void aRepSeesWhatHisRolesScopeAllowsEverywhere(DataScope scope) throws Exception {
        users.runAs("admin", () -> {
            departments.setScope(Role.SALES_REP, scope);
            return null;
        });
        Map<CustomerView, Boolean> expected = Map.of(
                own,
                true,
                sameDepartment,
                scope != DataScope.OWN,
                below,
                scope == DataScope.DEPARTMENT_AND_BELOW || scope == DataScope.ALL,
                elsewhere,
                scope == DataScope.ALL);
        for (var e : expected.entrySet()) {
            CustomerView c = e.getKey();
            boolean visible = e.getValue();
            String why = scope + " / " + c.name();
            // list (searched by name), detail page, CSV export, API detail and API list
            String list = mvc.perform(get("/customers").param("q", c.name()).with(users.as("sales1")))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            // the search box repeats the query: a row is its link
            assertThat(list.contains("/customers/" + c.id() + "\""))
                    .as(why + " list")
                    .isEqualTo(visible);
            mvc.perform(get("/customers/" + c.id()).with(users.as("sales1")))
                    .andExpect(visible ? status().isOk() : status().isNotFound());
            String csv = mvc.perform(
                            get("/customers/export.csv").param("q", c.name()).with(users.as("sales1")))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(csv.contains(c.name())).as(why + " export").isEqualTo(visible);
            mvc.perform(get("/api/v1/customers/" + c.id()).header("Authorization", "Bearer demo-sales1-key"))
                    .andExpect(visible ? status().isOk() : status().isNotFound());
            String api = mvc.perform(get("/api/v1/customers")
                            .param("q", c.name())
                            .header("Authorization", "Bearer demo-sales1-key"))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(api.contains("\"id\":" + c.id() + ","))
                    .as(why + " API list")
                    .isEqualTo(visible);
        }
    }

    @org.junit.jupiter.api.Test
    void onlyAdminChangesTheOrganisation() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                                "/api/v1/departments/scopes/SALES_REP")
                        .header("Authorization", "Bearer demo-salesmgr-key")
                        .contentType("application/json")
                        .content("{\"scope\":\"ALL\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/departments").header("Authorization", "Bearer demo-sales1-key"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                                "$[?(@.name == '华东销售组 East')].headName")
                        .value(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("Li"))));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/departments")
                        .header("Authorization", "Bearer demo-admin-key")
                        .contentType("application/json")
                        .content("{\"name\":\"\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(
                        org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.errors[0].field")
                                .value("name"));
        assertThat(departments.scopes()).containsEntry(Role.SALES_REP, DataScope.OWN);
    }
}
