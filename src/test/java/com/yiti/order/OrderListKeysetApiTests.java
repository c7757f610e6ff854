package com.yiti.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.support.YitiTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keyset paging of the API's order list (issue 22): an integration reading far into a million orders continues after
 * the last id it saw instead of asking for page 50,000 (which counts every order and skips all before it). It must
 * see exactly what page numbers show, in the same order, and know where the list ends.
 */
@YitiTest
class OrderListKeysetApiTests {

    private static final String MANAGER = "Bearer demo-manager-key";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void readingAfterTheLastIdShowsWhatPageNumbersShowWithoutCounting() throws Exception {
        List<Long> numbered = new ArrayList<>();
        for (int page = 0; page < 4; page++) {
            numbered.addAll(ids(list("page=" + page + "&size=5")));
        }
        assertThat(numbered).hasSize(20);

        List<Long> keyset = new ArrayList<>();
        long after = 0;
        for (int page = 0; page < 4; page++) {
            JsonNode answer = list("after=" + after + "&size=5");
            assertThat(answer.get("totalElements").asLong()).isEqualTo(-1);
            assertThat(answer.get("totalPages").asInt()).isEqualTo(-1);
            List<Long> ids = ids(answer);
            assertThat(answer.get("nextAfter").asLong()).isEqualTo(ids.get(ids.size() - 1));
            keyset.addAll(ids);
            after = answer.get("nextAfter").asLong();
        }
        assertThat(keyset).isEqualTo(numbered);
        // a numbered page says nothing of keysets
        assertThat(list("page=0&size=5").get("nextAfter").isNull()).isTrue();
    }

    @Test
    void theListEndsWithAShortPageAndNoNextAfter() throws Exception {
        // the two oldest orders (a numbered page's total stops at a bound on a long list: read them directly)
        List<Long> oldestTwo = jdbc.queryForList("SELECT id FROM ord_sales_order ORDER BY id LIMIT 2", Long.class);
        long oldest = oldestTwo.get(0);
        long secondOldest = oldestTwo.get(1);

        JsonNode last = list("after=" + secondOldest + "&size=5");
        assertThat(ids(last)).containsExactly(oldest);
        assertThat(last.get("nextAfter").isNull()).isTrue();
        assertThat(ids(list("after=" + oldest + "&size=5"))).isEmpty();
    }

    @Test
    void aRepReadsOnlyTheirOwnOrdersByKeysetToo() throws Exception {
        String all = mvc.perform(
                        get("/api/v1/orders?after=0&size=100").header("Authorization", "Bearer demo-sales1-key"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Long> mine = ids(JSON.readTree(all));
        String numbered = mvc.perform(
                        get("/api/v1/orders?page=0&size=100").header("Authorization", "Bearer demo-sales1-key"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        // the rep's scope applies to both readings alike: not the manager's list
        assertThat(mine).isEqualTo(ids(JSON.readTree(numbered))).isNotEmpty();
        long others = jdbc.queryForObject(
                "SELECT COUNT(*) FROM ord_sales_order o JOIN plt_user u ON u.id = o.owner_id WHERE u.username <> 'sales1'"
                        + " AND o.id IN ("
                        + String.join(",", mine.stream().map(String::valueOf).toList()) + ")",
                Long.class);
        assertThat(others).as("orders of other owners in sales1's list").isZero();
    }

    @Test
    void aPagePastTheEndSaysHowManyOrdersThereAre() throws Exception {
        long all = jdbc.queryForObject("SELECT COUNT(*) FROM ord_sales_order", Long.class);
        long page = all / 5 + 10;
        JsonNode answer = list("page=" + page + "&size=5");
        assertThat(ids(answer)).isEmpty();
        assertThat(answer.get("totalElements").asLong())
                .as("the exact total, not the page's start")
                .isEqualTo(all);
        assertThat(answer.get("totalPages").asLong()).isEqualTo((all + 4) / 5);
        assertThat(answer.get("totalCapped").asBoolean()).isFalse();
    }

    private JsonNode list(String query) throws Exception {
        String body = mvc.perform(get("/api/v1/orders?" + query).header("Authorization", MANAGER))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JSON.readTree(body);
    }

    private static List<Long> ids(JsonNode answer) {
        List<Long> ids = new ArrayList<>();
        answer.get("content").forEach(o -> ids.add(o.get("id").asLong()));
        return ids;
    }
}
