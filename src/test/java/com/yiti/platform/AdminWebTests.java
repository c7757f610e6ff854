package com.yiti.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.platform.internal.UserAdministration;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** Runs as the demo admin where it calls the admin facade directly (it is ADMIN-only). */
@YitiTest
@WithMockUser(username = "admin", roles = "ADMIN")
class AdminWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    UserDirectory directory;

    @Autowired
    UserAdministration admin;

    @Autowired
    DepartmentManagement departments;

    @Test
    void adminCreatesAUserWhoCanSignInWithThePasswordShownOnce() throws Exception {
        String username = "new" + System.nanoTime() % 1_000_000;
        var result = mvc.perform(post("/admin/users")
                        .with(users.as("admin"))
                        .with(csrf())
                        .param("username", username)
                        .param("displayName", "黄磊 Huang Lei")
                        .param("email", username + "@example.com")
                        .param("roles", "SALES_REP", "SERVICE")
                        .param("timeZone", "Asia/Shanghai")
                        .param("enabled", "true"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String password = (String) result.getFlashMap().get("newPassword");
        assertThat(password).hasSizeGreaterThanOrEqualTo(10);
        var created = directory.findByUsername(username).orElseThrow();
        assertThat(created.roles()).containsExactlyInAnyOrder(Role.SALES_REP, Role.SERVICE);
        assertThat(created.displayName()).isEqualTo("黄磊 Huang Lei");

        mvc.perform(post("/login").with(csrf()).param("username", username).param("password", password))
                .andExpect(status().is3xxRedirection())
                .andExpect(result1 ->
                        assertThat(result1.getResponse().getRedirectedUrl()).isEqualTo("/"));
    }

    @Test
    void invalidInputIsShownAtTheFieldAndNothingIsSaved() throws Exception {
        mvc.perform(post("/admin/users")
                        .with(users.as("admin"))
                        .with(csrf())
                        .param("username", "Bad Name!")
                        .param("displayName", "")
                        .param("email", "not-an-email")
                        .param("timeZone", "Asia/Shanghai"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "username", "displayName", "email", "roles"))
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString("value=\"not-an-email\"")));
        assertThat(directory.findByUsername("bad name!")).isEmpty();
    }

    @Test
    void takenUsernameIsRefusedAtTheField() throws Exception {
        mvc.perform(post("/admin/users")
                        .with(users.as("admin"))
                        .with(csrf())
                        .param("username", "sales1")
                        .param("displayName", "Copy")
                        .param("roles", "SALES_REP")
                        .param("timeZone", "Asia/Shanghai"))
                .andExpect(model().attributeHasFieldErrorCode("form", "username", "user.usernameTaken"));
    }

    @Test
    void editingRolesAndDepartmentIsRecordedInTheHistoryWithWhoDidIt() throws Exception {
        var user = users.create(EnumSet.of(Role.SALES_REP));
        long team = admin.departments().get(0).getId();
        long version = admin.get(user.id()).getVersion();
        mvc.perform(post("/admin/users/" + user.id())
                        .with(users.as("admin"))
                        .with(csrf())
                        .param("displayName", "Renamed")
                        .param("roles", "SALES_REP", "SALES_MANAGER")
                        .param("departmentId", String.valueOf(team))
                        .param("timeZone", "Asia/Shanghai")
                        .param("enabled", "true")
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());

        var history = users.runAs("admin", () -> admin.history(user.id()));
        assertThat(history).hasSizeGreaterThanOrEqualTo(2);
        var latest = history.get(0);
        assertThat(latest.type()).isEqualTo(AuditEntry.ChangeType.CHANGED);
        assertThat(latest.by()).isEqualTo("admin");
        assertThat(latest.displayName()).isEqualTo("Renamed");
        assertThat(latest.roles()).containsExactlyInAnyOrder(Role.SALES_REP, Role.SALES_MANAGER);
        assertThat(latest.departmentName()).isNotNull();
        assertThat(history.get(history.size() - 1).type()).isEqualTo(AuditEntry.ChangeType.CREATED);

        mvc.perform(get("/admin/users/" + user.id() + "/history").with(users.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Renamed")));
    }

    @Test
    void aStaleEditIsRefusedAndTheInputKept() throws Exception {
        var user = users.create(EnumSet.of(Role.SALES_REP));
        long version = admin.get(user.id()).getVersion();
        mvc.perform(edit(user.id(), "First edit", version)).andExpect(status().is3xxRedirection());
        mvc.perform(edit(user.id(), "Second edit from a stale page", version))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else saved this record")))
                .andExpect(content().string(containsString("Second edit from a stale page")));
        assertThat(directory.find(user.id()).orElseThrow().displayName()).isEqualTo("First edit");
    }

    @Test
    void resetPasswordShowsANewPasswordThatWorks() throws Exception {
        var user = users.create(EnumSet.of(Role.WAREHOUSE));
        var result = mvc.perform(post("/admin/users/" + user.id() + "/reset-password")
                        .with(users.as("admin"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String password = (String) result.getFlashMap().get("newPassword");
        assertThat(password).isNotEqualTo(user.password());
        mvc.perform(post("/login")
                        .with(csrf())
                        .param("username", user.username())
                        .param("password", password))
                .andExpect(result1 ->
                        assertThat(result1.getResponse().getRedirectedUrl()).isEqualTo("/"));
    }

    @Test
    void adminCannotDisableThemself() throws Exception {
        long adminId = directory.findByUsername("admin").orElseThrow().id();
        mvc.perform(post("/admin/users/" + adminId + "/enabled")
                        .with(users.as("admin"))
                        .with(csrf())
                        .param("enabled", "false"))
                .andExpect(status().is3xxRedirection());
        assertThat(directory.find(adminId).orElseThrow().enabled()).isTrue();
    }

    @Test
    void searchIsServerSideAndAnsweredAsFragmentForHtmx() throws Exception {
        mvc.perform(get("/admin/users").param("q", "sales").with(users.as("admin")))
                .andExpect(content().string(containsString("sales1")))
                .andExpect(content().string(not(containsString(">warehouse<"))))
                .andExpect(content().string(containsString("<nav")));
        mvc.perform(get("/admin/users")
                        .param("q", "sales")
                        .header("HX-Request", "true")
                        .with(users.as("admin")))
                .andExpect(content().string(containsString("sales1")))
                .andExpect(content().string(not(containsString("<nav"))))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/admin/users").param("q", "zzz-no-match").with(users.as("admin")))
                .andExpect(content().string(containsString("users-empty")));
    }

    @Test
    void aDepartmentCannotSitBelowItselfAndAnEmptyOneIsRemovedAfterConfirmation() throws Exception {
        var top = users.runAs(
                "admin", () -> departments.create(new DepartmentData("Top " + System.nanoTime(), null, null)));
        var below = users.runAs(
                "admin", () -> departments.create(new DepartmentData("Below " + System.nanoTime(), top.id(), null)));
        mvc.perform(post("/admin/departments")
                        .with(users.as("admin"))
                        .with(csrf())
                        .param("id", String.valueOf(top.id()))
                        .param("version", String.valueOf(top.version()))
                        .param("name", top.name())
                        .param("parentId", String.valueOf(below.id())))
                .andExpect(model().attributeHasFieldErrorCode("form", "parentId", "department.parentCycle"));
        // a department with one below it stays, and the page says why
        mvc.perform(post("/admin/departments/" + top.id() + "/delete")
                        .with(users.as("admin"))
                        .with(csrf()))
                .andExpect(flash().attribute("flashError", "department.hasChildren"));
        mvc.perform(post("/admin/departments/" + below.id() + "/delete")
                        .with(users.as("admin"))
                        .with(csrf()))
                .andExpect(flash().attribute("message", "department.deleted"));
        mvc.perform(get("/admin/departments").with(users.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(top.name())))
                .andExpect(content().string(not(containsString(below.name()))));
        mvc.perform(get("/admin/teams").with(users.as("admin"))).andExpect(redirectedUrl("/admin/departments"));
    }

    @Test
    void eachRolesPermissionsAreOnOnePage() throws Exception {
        String page = mvc.perform(get("/admin/roles").with(users.as("admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        for (Role r : Role.values()) {
            assertThat(page).contains("id=\"role-" + r.name() + "\"");
        }
        // the sales rep opens customers, sees his own records; the warehouse never opens the finance screens
        String rep = page.substring(page.indexOf("id=\"role-SALES_REP\""), page.indexOf("id=\"role-WAREHOUSE\""));
        assertThat(rep).contains("Customers").contains("Own records");
        String warehouse =
                page.substring(page.indexOf("id=\"role-WAREHOUSE\""), page.indexOf("id=\"role-PRODUCTION\""));
        assertThat(warehouse).doesNotContain(">Finance").doesNotContain("Finance, ");
        mvc.perform(get("/admin/roles").with(users.as("salesmgr"))).andExpect(status().isForbidden());
    }

    @Test
    void demoDepartmentsMatchTheBrief() {
        long salesmgr = directory.findByUsername("salesmgr").orElseThrow().id();
        long manager = directory.findByUsername("manager").orElseThrow().id();
        var team = directory.membersUnder(salesmgr);
        long sales1 = directory.findByUsername("sales1").orElseThrow().id();
        long sales2 = directory.findByUsername("sales2").orElseThrow().id();
        long sales3 = directory.findByUsername("sales3").orElseThrow().id();
        assertThat(team).contains(sales1, sales2).doesNotContain(sales3);
        assertThat(directory.findByUsername("sales3").orElseThrow().departmentId())
                .isNotNull();
        // sales1's department head is salesmgr; one level up (the region has none) the company's head, manager
        assertThat(directory.departmentHeadOf(sales1)).contains(salesmgr);
        assertThat(directory.headAboveOf(sales1)).contains(manager);
        // the head of a department answers to the head above, never to himself
        assertThat(directory.departmentHeadOf(salesmgr)).contains(manager);
    }

    private org.springframework.test.web.servlet.RequestBuilder edit(long id, String name, long version) {
        return post("/admin/users/" + id)
                .with(users.as("admin"))
                .with(csrf())
                .param("displayName", name)
                .param("roles", "SALES_REP")
                .param("timeZone", "Asia/Shanghai")
                .param("enabled", "true")
                .param("version", String.valueOf(version));
    }
}
