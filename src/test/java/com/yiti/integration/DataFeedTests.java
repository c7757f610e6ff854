package com.yiti.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.customer.CustomerView;
import com.yiti.dashboard.DashboardFigures;
import com.yiti.dashboard.DashboardManagement;
import com.yiti.dashboard.Period;
import com.yiti.support.CrmFixtures;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A BI tool rebuilds dashboard figures from the feed alone (revenue and the open receivables), fetches only what
 * changed since its last run, and pages through a table without missing or repeating a row.
 */
@YitiTest
class DataFeedTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    TestUsers users;

    @Autowired
    CrmFixtures crm;

    @Autowired
    DashboardManagement dashboard;

    @Autowired
    com.yiti.support.OrderFixtures orders;

    /** Every row of a feed table changed at or after since, page by page, as a BI tool reads it. */
    List<JsonNode> readAll(String table, String since, int size) throws Exception {
        List<JsonNode> rows = new ArrayList<>();
        String cursor = null;
        do {
            var request = get("/api/v1/feed/" + table)
                    .header("Authorization", "Bearer demo-manager-key")
                    .param("size", Integer.toString(size));
            if (since != null) {
                request.param("since", since);
            }
            if (cursor != null) {
                request.param("cursor", cursor);
            }
            JsonNode page = json.readTree(mvc.perform(request)
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString());
            page.get("rows").forEach(rows::add);
            cursor = page.get("next").isNull() ? null : page.get("next").asString();
        } while (cursor != null);
        return rows;
    }

    static BigDecimal sum(List<JsonNode> rows, java.util.function.Function<JsonNode, BigDecimal> value) {
        return rows.stream().map(value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void revenueAndOpenReceivablesRebuiltFromTheFeedEqualTheDashboards() throws Exception {
        List<JsonNode> invoices = readAll("invoices", null, 7);
        List<JsonNode> creditNotes = readAll("credit-notes", null, 7);
        assertThat(invoices).isNotEmpty();

        LocalDate from = LocalDate.of(2000, 1, 1);
        LocalDate to = LocalDate.of(2100, 12, 31);
        // the dashboards are CNY: revenue and receivables as booked
        BigDecimal revenue = sum(
                        invoices.stream()
                                .filter(i -> !i.get("opening").asBoolean())
                                .toList(),
                        i -> i.get("net_book").decimalValue())
                .subtract(sum(creditNotes, c -> c.get("net_book").decimalValue()));
        BigDecimal open = sum(
                invoices.stream()
                        .filter(i -> List.of("ISSUED", "PARTIALLY_PAID")
                                .contains(i.get("status").asString()))
                        .toList(),
                i -> i.get("book_open").decimalValue());

        var figures = users.runAs(
                "manager",
                () -> Map.of(
                        "revenue", dashboard.section("revenue", Period.of(null, from, to, dashboard.today())),
                        "receivables", dashboard.section("receivables", Period.of(null, from, to, dashboard.today()))));
        assertThat(revenue).isEqualByComparingTo(((DashboardFigures.Revenue) figures.get("revenue")).net());
        assertThat(open)
                .isEqualByComparingTo(((DashboardFigures.Receivables) figures.get("receivables"))
                        .total()
                        .total());
    }

    @Test
    void aSecondRunFetchesOnlyWhatChangedAndPagesNeitherMissNorRepeat() throws Exception {
        List<JsonNode> all = readAll("customers", null, 5000);
        List<JsonNode> paged = readAll("customers", null, 3);
        assertThat(paged.stream().map(r -> r.get("id").asLong()).toList())
                .containsExactlyElementsOf(
                        all.stream().map(r -> r.get("id").asLong()).toList());

        String watermark = all.get(all.size() - 1).get("changed_at").asString();
        CustomerView created = crm.customerOf("sales2");
        List<JsonNode> changed = readAll("customers", watermark, 100);
        assertThat(changed).extracting(r -> r.get("id").asLong()).contains(created.id());
        assertThat(changed.size()).isLessThan(all.size());
        assertThat(changed)
                .allSatisfy(r -> assertThat(r.get("changed_at").asString().compareTo(watermark))
                        .isGreaterThanOrEqualTo(0));
    }

    JsonNode export(String format, String since) throws Exception {
        var request = post("/api/v1/feed/exports")
                .header("Authorization", "Bearer demo-manager-key")
                .param("format", format);
        if (since != null) {
            request.param("since", since);
        }
        return json.readTree(mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    static JsonNode table(JsonNode manifest, String name) {
        for (JsonNode t : manifest.get("tables")) {
            if (t.get("name").asString().equals(name)) {
                return t;
            }
        }
        throw new AssertionError("no table " + name + " in " + manifest);
    }

    @Test
    void anExportWritesEveryTableAsFilesWithAManifestAndTheNextExportOnlyWhatChanged() throws Exception {
        Path root = Path.of("target/feed").toAbsolutePath();
        JsonNode full = export("csv", null);
        Path folder = root.resolve(full.get("folder").asString());
        assertThat(folder.resolve("manifest.json")).exists();
        assertThat(full.get("tables"))
                .hasSize(json.readTree(
                                mvc.perform(get("/api/v1/feed").header("Authorization", "Bearer demo-manager-key"))
                                        .andReturn()
                                        .getResponse()
                                        .getContentAsString())
                        .size());

        JsonNode customers = table(full, "customers");
        byte[] bytes = Files.readAllBytes(folder.resolve(customers.get("file").asString()));
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)))
                .isEqualTo(customers.get("sha256").asString());
        List<String> lines = List.of(
                new String(bytes, StandardCharsets.UTF_8).replace("\ufeff", "").split("\r\n"));
        assertThat(lines.get(0)).startsWith("id,").endsWith(",changed_at");
        List<JsonNode> fromApi = readAll("customers", null, 5000);
        assertThat(customers.get("rows").asLong()).isEqualTo(fromApi.size());
        assertThat(lines).hasSize(fromApi.size() + 1);
        JsonNode invoices = table(full, "invoices");
        assertThat(invoices.get("rows").asLong())
                .isEqualTo(readAll("invoices", null, 5000).size());

        CustomerView created = crm.customerOf("sales2");
        JsonNode next = export("jsonl", full.get("until").asString());
        JsonNode changedCustomers = table(next, "customers");
        List<String> changed =
                Files.readAllLines(root.resolve(next.get("folder").asString())
                        .resolve(changedCustomers.get("file").asString()));
        assertThat(changed).hasSize(changedCustomers.get("rows").asInt()).hasSizeLessThan(fromApi.size());
        assertThat(changed.stream().map(l -> json.readTree(l).get("id").asLong()))
                .contains(created.id());

        mvc.perform(post("/api/v1/feed/exports").header("Authorization", "Bearer demo-sales1-key"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/feed/exports?format=xml").header("Authorization", "Bearer demo-manager-key"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("format"));
        mvc.perform(post("/api/v1/feed/exports?since=yesterday").header("Authorization", "Bearer demo-manager-key"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("since"));
    }

    @Test
    void theFeedIsForManagersAndSaysWhatIsWrong() throws Exception {
        mvc.perform(get("/api/v1/feed").header("Authorization", "Bearer demo-admin-key"))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$[?(@.name == 'invoices')].columns[*].name").isNotEmpty());
        mvc.perform(get("/api/v1/feed/invoices").header("Authorization", "Bearer demo-sales1-key"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/feed/invoices?cursor=nonsense").header("Authorization", "Bearer demo-manager-key"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("cursor"));
        mvc.perform(get("/api/v1/feed/invoices?since=yesterday").header("Authorization", "Bearer demo-manager-key"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/v1/feed/salaries").header("Authorization", "Bearer demo-manager-key"))
                .andExpect(status().isNotFound());
    }
}
