package com.yiti.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.shared.CappedPage;
import com.yiti.support.CrmFixtures;
import com.yiti.support.OrderFixtures;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A list longer than its pager counts (issue 22, P3): the count stops 1,000 rows past the page's start, the pager
 * and the API say "more than", the next page is always offered, and a later page (read by id first) holds exactly
 * the rows a plain offset would, in the same order.
 */
@YitiTest
class LongListPagingTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CrmFixtures crm;

    @Autowired
    OrderFixtures fixtures;

    @Autowired
    TestUsers users;

    @Test
    void aCustomerWithMoreOrdersThanTheCountIsPagedWithALowerBound() throws Exception {
        long customer = crm.customerOf("sales1").id();
        long owner = jdbc.queryForObject("SELECT id FROM plt_user WHERE username = 'sales1'", Long.class);
        int rows = CappedPage.CAP + 25;
        String prefix = "SO-LL" + (System.nanoTime() % 1_000_000) + "-";
        List<Object[]> batch = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            batch.add(new Object[] {prefix + i, customer, owner, fixtures.warehouse()});
        }
        jdbc.batchUpdate(
                "INSERT INTO ord_sales_order (number, customer_id, owner_id, warehouse_id, status, net_total,"
                        + " tax_total, gross_total) VALUES (?, ?, ?, ?, 'DRAFT', 0, 0, 0)",
                batch);
        try {
            check(customer, rows, prefix);
        } finally {
            // plain rows without lines, facts or history: other tests see the database as before
            jdbc.update("DELETE FROM ord_sales_order WHERE customer_id = ?", customer);
        }
    }

    private void check(long customer, int rows, String prefix) throws Exception {
        List<Long> newest = jdbc.queryForList(
                "SELECT id FROM ord_sales_order WHERE customer_id = ? ORDER BY id DESC", Long.class, customer);

        JsonNode first = list(customer, 0);
        assertThat(first.get("totalCapped").asBoolean()).isTrue();
        assertThat(first.get("totalElements").asLong()).isEqualTo(CappedPage.CAP);
        assertThat(ids(first)).isEqualTo(newest.subList(0, 20));

        // page 30 (offset 600) is read by id first: the same rows, in the same order, as the offset; 425 orders from
        // its start are fewer than the count's bound, so its total is exact
        JsonNode later = list(customer, 30);
        assertThat(ids(later)).isEqualTo(newest.subList(600, 620));
        assertThat(later.get("totalCapped").asBoolean()).isFalse();
        assertThat(later.get("totalElements").asLong()).isEqualTo(rows);

        // the last page is short
        JsonNode last = list(customer, 51);
        assertThat(last.get("totalCapped").asBoolean()).isFalse();
        assertThat(last.get("totalElements").asLong()).isEqualTo(rows);
        assertThat(ids(last)).isEqualTo(newest.subList(1020, rows));

        // the page says "more than" and offers the next page
        String page = mvc.perform(get("/orders")
                        .param("customerId", String.valueOf(customer))
                        .param("page", "0")
                        .with(users.as("sales1")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).containsAnyOf("more than 1,000 records", "超过 1,000 条").contains("page=1");

        // a number's beginning finds them through the index, newest first
        JsonNode byNumber = JSON.readTree(mvc.perform(get("/api/v1/orders")
                        .param("q", prefix.toLowerCase(java.util.Locale.ROOT) + "100")
                        .param("size", "100")
                        .header("Authorization", "Bearer demo-sales1-key"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        // SO-LL…-100 and SO-LL…-1000 … -1009, typed in lower case
        assertThat(byNumber.get("totalElements").asLong()).isEqualTo(11);
    }

    private JsonNode list(long customer, int page) throws Exception {
        return JSON.readTree(mvc.perform(get("/api/v1/orders")
                        .param("customerId", String.valueOf(customer))
                        .param("page", String.valueOf(page))
                        .param("size", "20")
                        .header("Authorization", "Bearer demo-sales1-key"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private static List<Long> ids(JsonNode answer) {
        List<Long> ids = new ArrayList<>();
        answer.get("content").forEach(o -> ids.add(o.get("id").asLong()));
        return ids;
    }
}
