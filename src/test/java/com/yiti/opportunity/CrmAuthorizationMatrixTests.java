package com.yiti.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.yiti.customer.CustomerView;
import com.yiti.support.CrmFixtures;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every role against records of sales1, of sales2 (sales1's teammate) and of sales3 (another team): detail pages,
 * API, list filters, quick search and CSV export. Nothing leaks; other departments never open the CRM.
 */
@YitiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrmAuthorizationMatrixTests {

    static final List<String> USERS = List.of(
            "sales1",
            "sales2",
            "sales3",
            "salesmgr",
            "manager",
            "admin",
            "warehouse",
            "production",
            "purchasing",
            "finance",
            "service");

    /** Whose records each user sees; absent: the CRM is closed to them (403). */
    static final Map<String, Set<String>> SEES = Map.of(
            "sales1", Set.of("sales1"),
            "sales2", Set.of("sales2"),
            "sales3", Set.of("sales3"),
            "salesmgr", Set.of("sales1", "sales2"),
            "manager", Set.of("sales1", "sales2", "sales3"),
            "admin", Set.of("sales1", "sales2", "sales3"));

    record Records(CustomerView customer, long leadId, long opportunityId) {}

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    CrmFixtures fixtures;

    Map<String, Records> records;

    @BeforeAll
    void createRecords() {
        records = Map.of("sales1", create("sales1"), "sales2", create("sales2"), "sales3", create("sales3"));
    }

    private Records create(String rep) {
        CustomerView c = fixtures.customerOf(rep);
        long lead = fixtures.leadOf(rep).id();
        long opp =
                fixtures.opportunityOf(rep, c.id(), new BigDecimal("5000.00")).id();
        return new Records(c, lead, opp);
    }

    static Stream<Arguments> matrix() {
        return USERS.stream()
                .flatMap(u -> Stream.of("sales1", "sales2", "sales3").map(o -> Arguments.of(u, o)));
    }

    @ParameterizedTest(name = "{0} on {1}''s records")
    @MethodSource("matrix")
    void detailPagesAndApi(String user, String owner) throws Exception {
        Records r = records.get(owner);
        int expected = expected(user, owner);
        for (String page : List.of(
                "/customers/" + r.customer().id(),
                "/customers/" + r.customer().id() + "/history",
                "/leads/" + r.leadId(),
                "/opportunities/" + r.opportunityId(),
                "/opportunities/" + r.opportunityId() + "/history")) {
            int status = mvc.perform(get(page).with(users.as(user)))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).as(user + " GET " + page).isEqualTo(expected);
        }
        for (String api : List.of(
                "/api/v1/customers/" + r.customer().id(),
                "/api/v1/customers/" + r.customer().id() + "/contacts",
                "/api/v1/leads/" + r.leadId(),
                "/api/v1/opportunities/" + r.opportunityId(),
                "/api/v1/opportunities/" + r.opportunityId() + "/stage-history")) {
            int status = mvc.perform(get(api).header("Authorization", "Bearer demo-" + user + "-key"))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).as(user + " API " + api).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "{0} searching for {1}''s customer")
    @MethodSource("matrix")
    void listsSearchAndExportsShowOnlyWhatIsInScope(String user, String owner) throws Exception {
        String name = records.get(owner).customer().name();
        boolean closed = !SEES.containsKey(user);
        boolean sees = !closed && SEES.get(user).contains(owner);

        var api = mvc.perform(get("/api/v1/customers")
                        .param("q", name)
                        .header("Authorization", "Bearer demo-" + user + "-key"))
                .andReturn()
                .getResponse();
        var page = mvc.perform(get("/customers").param("q", name).with(users.as(user)))
                .andReturn()
                .getResponse();
        var search = mvc.perform(get("/search").param("q", name).with(users.as(user)))
                .andReturn()
                .getResponse();
        var export = mvc.perform(get("/customers/export.csv").param("q", name).with(users.as(user)))
                .andReturn()
                .getResponse();
        var opportunities = mvc.perform(get("/api/v1/opportunities?customerId="
                                + records.get(owner).customer().id())
                        .header("Authorization", "Bearer demo-" + user + "-key"))
                .andReturn()
                .getResponse();
        String customerLink =
                "href=\"/customers/" + records.get(owner).customer().id() + "\"";
        if (closed) {
            assertThat(List.of(api.getStatus(), page.getStatus(), export.getStatus(), opportunities.getStatus()))
                    .as(user)
                    .containsOnly(403);
            // every role has the search, which finds no customer for a role without customer pages
            assertThat(search.getContentAsString(StandardCharsets.UTF_8))
                    .as(user + " search")
                    .doesNotContain(customerLink);
            return;
        }
        assertThat(api.getContentAsString()).as(user + " API list").contains("\"totalElements\":" + (sees ? 1 : 0));
        // the pages echo the search text in their search box: look for the link to the record instead
        String link = "href=\"/customers/" + records.get(owner).customer().id() + "\"";
        assertThat(page.getContentAsString(StandardCharsets.UTF_8).contains(link))
                .as(user + " list")
                .isEqualTo(sees);
        assertThat(search.getContentAsString(StandardCharsets.UTF_8).contains(link))
                .as(user + " search")
                .isEqualTo(sees);
        assertThat(export.getContentAsString(StandardCharsets.UTF_8).contains(name))
                .as(user + " export")
                .isEqualTo(sees);
        assertThat(opportunities.getContentAsString())
                .as(user + " opportunities")
                .contains("\"totalElements\":" + (sees ? 1 : 0));
    }

    @ParameterizedTest(name = "{0} editing {1}''s customer")
    @MethodSource("matrix")
    void writesFollowTheSameScopeAndManagerOnlyReads(String user, String owner) throws Exception {
        CustomerView c = records.get(owner).customer();
        int status = mvc.perform(post("/customers/" + c.id())
                        .with(users.as(user))
                        .with(csrf())
                        .param("name", c.name())
                        .param("status", "ACTIVE")
                        .param("currency", "CNY")
                        .param("paymentTermsDays", "30")
                        .param("version", "999999"))
                .andReturn()
                .getResponse()
                .getStatus();
        int expected;
        if (!SEES.containsKey(user) || user.equals("manager")) {
            expected = 403;
        } else if (!SEES.get(user).contains(owner)) {
            expected = 404;
        } else {
            expected = 200; // a stale version: the form comes back with the conflict message, nothing saved
        }
        assertThat(status).as(user + " POST customer of " + owner).isEqualTo(expected);
    }

    @Autowired
    com.yiti.customer.CustomerManagement customers;

    /**
     * A customer of sales1 handed to sales3 (another team) by ADMIN: afterwards every role sees its customer and
     * opportunity pages and API exactly as if sales3 had always owned them.
     */
    @org.junit.jupiter.api.Test
    void afterAReassignmentTheMatrixFollowsTheNewOwner() throws Exception {
        Records moved = create("sales1");
        long sales3 = records.get("sales3").customer().ownerId();
        users.runAs("admin", () -> {
            customers.reassignOwner(moved.customer().id(), sales3);
            return null;
        });
        for (String user : USERS) {
            int expected = expected(user, "sales3");
            for (String path : List.of(
                    "/customers/" + moved.customer().id(),
                    "/opportunities/" + moved.opportunityId(),
                    "/api/v1/opportunities/" + moved.opportunityId())) {
                var request = path.startsWith("/api/")
                        ? get(path).header("Authorization", "Bearer demo-" + user + "-key")
                        : get(path).with(users.as(user));
                assertThat(mvc.perform(request).andReturn().getResponse().getStatus())
                        .as(user + " GET " + path + " after the reassignment")
                        .isEqualTo(expected);
            }
        }
    }

    private static int expected(String user, String owner) {
        if (!SEES.containsKey(user)) {
            return 403;
        }
        return SEES.get(user).contains(owner) ? 200 : 404;
    }
}
