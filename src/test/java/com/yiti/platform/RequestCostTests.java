package com.yiti.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.yiti.inventory.ProductType;
import com.yiti.support.OrderFixtures;
import com.yiti.support.StatementCounter;
import com.yiti.support.YitiTest;
import jakarta.servlet.http.Cookie;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a signed-in page costs in SQL statements (issue 22, P6), counted through the whole filter chain with a real
 * session: at most 30, the signed-in user read once, and the same count when the records behind the page grow.
 */
@YitiTest
class RequestCostTests {

    static final int BUDGET = 30;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrderFixtures fixtures;

    @Autowired
    com.yiti.support.CrmFixtures crm;

    Cookie signIn(String username) throws Exception {
        Cookie first = mvc.perform(get("/login")).andReturn().getResponse().getCookie("SESSION");
        Cookie signedIn = mvc.perform(post("/login")
                        .cookie(first)
                        .with(csrf())
                        .param("username", username)
                        .param("password", "demo123"))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        assertThat(signedIn).as("signed in").isNotNull();
        return signedIn;
    }

    List<String> cost(String path, Cookie session) {
        return StatementCounter.record(() -> {
            try {
                int status = mvc.perform(get(path).cookie(session))
                        .andReturn()
                        .getResponse()
                        .getStatus();
                assertThat(status).as(path).isEqualTo(200);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    long customerOfSales1() {
        return jdbc.queryForObject(
                "SELECT MIN(c.id) FROM cus_customer c JOIN plt_user u ON u.id = c.owner_id WHERE u.username = 'sales1'"
                        + " AND EXISTS (SELECT 1 FROM ord_sales_order o WHERE o.customer_id = c.id)",
                Long.class);
    }

    @Test
    void eachRolesPagesStayWithinTheBudgetAndReadTheUserOnce() throws Exception {
        long customer = customerOfSales1();
        long order =
                jdbc.queryForObject("SELECT MIN(id) FROM ord_sales_order WHERE customer_id = ?", Long.class, customer);
        Map<String, List<String>> pages = new LinkedHashMap<>();
        pages.put(
                "sales1",
                List.of(
                        "/",
                        "/orders",
                        "/customers",
                        "/customers/" + customer,
                        "/orders/" + order,
                        "/quotations",
                        "/opportunities",
                        "/leads"));
        pages.put("manager", List.of("/", "/dashboard", "/orders", "/customers", "/customers/" + customer));
        pages.put(
                "warehouse",
                List.of(
                        "/",
                        "/fulfilment",
                        "/shipments",
                        "/stock",
                        "/products",
                        "/stock/transfers",
                        "/stock/stocktakes"));
        pages.put(
                "finance",
                List.of(
                        "/",
                        "/finance/invoices",
                        "/finance/supplier-invoices",
                        "/finance/supplier-payments",
                        "/finance/payables"));
        pages.put("purchasing", List.of("/", "/purchasing", "/finance/supplier-invoices?status=HELD"));
        pages.put("service", List.of("/", "/tickets"));
        for (var e : pages.entrySet()) {
            Cookie session = signIn(e.getKey());
            for (String path : e.getValue()) {
                cost(path, session); // warm: the first call after sign-in may fill caches
                List<String> sql = cost(path, session);
                assertThat(sql.size())
                        .as("statements for %s on %s: %s", e.getKey(), path, sql)
                        .isLessThanOrEqualTo(BUDGET);
                assertThat(sql.stream().filter(s -> s.contains("plt_user u1_0 where u1_0.username=?")))
                        .as("the signed-in user is read once on %s", path)
                        .hasSizeLessThanOrEqualTo(1);
            }
        }
    }

    @Test
    void aCustomersPagesCostTheSameWithMoreOrders() throws Exception {
        // a new customer with more orders than a page shows, then twice as many: the pages cost the same
        long customer = crm.customerOf("sales1").id();
        var product = fixtures.product(ProductType.BOUGHT, "10.00", 3, "100");
        for (int i = 0; i < 25; i++) {
            fixtures.draft("sales1", customer, product, 1);
        }
        Cookie session = signIn("sales1");
        List<String> paths = List.of("/customers/" + customer, "/orders", "/");
        Map<String, List<String>> before = new LinkedHashMap<>();
        for (String path : paths) {
            cost(path, session);
            before.put(path, cost(path, session));
        }
        for (int i = 0; i < 25; i++) {
            fixtures.draft("sales1", customer, product, 1);
        }
        for (String path : paths) {
            List<String> after = cost(path, session);
            assertThat(after.size())
                    .as("%s, before: %s%nafter: %s", path, before.get(path), after)
                    .isEqualTo(before.get(path).size());
        }
    }
}
