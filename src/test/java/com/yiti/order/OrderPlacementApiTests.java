package com.yiti.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.customer.CustomerView;
import com.yiti.inventory.ProductType;
import com.yiti.inventory.ProductView;
import com.yiti.support.CrmFixtures;
import com.yiti.support.OrderFixtures;
import com.yiti.support.StatementCounter;
import com.yiti.support.TestHooks;
import com.yiti.support.YitiTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An order with its lines, confirmed, in one request (issue 22): one round trip and one transaction instead of seven
 * requests; a refused line names itself and leaves nothing behind.
 */
@YitiTest
class OrderPlacementApiTests {

    static final String SALES = "Bearer demo-sales1-key";

    @Autowired
    MockMvc mvc;

    @Autowired
    OrderFixtures fixtures;

    @Autowired
    CrmFixtures crm;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestHooks hooks;

    String body(CustomerView customer, List<ProductView> products, String lastQuantity) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < products.size(); i++) {
            lines.add("{\"productId\":" + products.get(i).id() + ",\"quantity\":"
                    + (i == products.size() - 1 ? lastQuantity : "2") + "}");
        }
        return "{\"customerId\":" + customer.id() + ",\"warehouseId\":" + fixtures.warehouse()
                + ",\"customerReference\":\"PO-ONE\",\"lines\":[" + String.join(",", lines) + "]}";
    }

    List<ProductView> products(int count) {
        List<ProductView> products = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            products.add(fixtures.product(ProductType.BOUGHT, "12.50", 2, "50"));
        }
        return products;
    }

    int ordersOf(CustomerView customer) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM ord_sales_order WHERE customer_id = ?", Integer.class, customer.id());
    }

    @Test
    void aFiveLineOrderIsCreatedAndConfirmedInOneRequest() throws Exception {
        CustomerView customer = crm.customerOf("sales1");
        List<ProductView> products = products(5);
        List<String> sql = StatementCounter.record(() -> {
            try {
                mvc.perform(post("/api/v1/orders")
                                .param("confirm", "true")
                                .header("Authorization", SALES)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(body(customer, products, "3")))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.status").value("CONFIRMED"))
                        .andExpect(jsonPath("$.lines.length()").value(5))
                        .andExpect(jsonPath("$.lines[4].quantity").value(3))
                        .andExpect(jsonPath("$.lines[4].reservedQuantity").value(3))
                        .andExpect(jsonPath("$.grossTotal").value(155.38));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        // a bounded cost: far below the 210 statements of the seven-request way (ledger rows per line included);
        // 60 on 2026-12-05, with every product read once for the request
        assertThat(sql.size()).as("statements: %s", sql).isLessThanOrEqualTo(70);
        assertThat(sql.stream().filter(q -> q.contains("from inv_product ")).count())
                .as("product reads: %s", sql)
                .isEqualTo(1);
        long reserved = jdbc.queryForObject(
                "SELECT COUNT(*) FROM inv_reservation r WHERE r.product_id IN (?, ?, ?, ?, ?)",
                Long.class,
                products.stream().map(ProductView::id).toArray());
        assertThat(reserved).isEqualTo(5);
    }

    @Test
    void withoutConfirmTheOrderIsADraftWithItsLines() throws Exception {
        CustomerView customer = crm.customerOf("sales1");
        mvc.perform(post("/api/v1/orders")
                        .header("Authorization", SALES)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(customer, products(2), "1")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.lines.length()").value(2));
    }

    @Test
    void aRefusedLineNamesItselfAndLeavesNoOrder() throws Exception {
        CustomerView customer = crm.customerOf("sales1");
        int before = ordersOf(customer);
        mvc.perform(post("/api/v1/orders")
                        .param("confirm", "true")
                        .header("Authorization", SALES)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(customer, products(3), "0")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("lines[2].quantity"));
        String unknownProduct =
                body(customer, products(2), "1").replaceFirst("\"productId\":\\d+", "\"productId\":987654321");
        mvc.perform(post("/api/v1/orders")
                        .param("confirm", "true")
                        .header("Authorization", SALES)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(unknownProduct))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].productId"));
        assertThat(ordersOf(customer)).isEqualTo(before);
    }

    @Test
    void aHeldCustomersOrderIsPlacedOnCreditHold() throws Exception {
        CustomerView customer = crm.customerOf("sales1");
        hooks.holdCreditOf(customer.id());
        try {
            mvc.perform(post("/api/v1/orders")
                            .param("confirm", "true")
                            .header("Authorization", SALES)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body(customer, products(1), "1")))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.status").value("CREDIT_HOLD"));
        } finally {
            hooks.releaseCreditOf(customer.id());
        }
    }
}
