package com.yiti.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.yiti.customer.CustomerView;
import com.yiti.finance.ReceivablesManagement;
import com.yiti.inventory.ProductType;
import com.yiti.inventory.ProductView;
import com.yiti.order.OrderManagement;
import com.yiti.order.OrderView;
import com.yiti.order.QuotationFilter;
import com.yiti.order.QuotationManagement;
import com.yiti.support.CrmFixtures;
import com.yiti.support.OrderFixtures;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Found by outside testing: parallel requests of an idle API key answered 500; parallel requests with one
 * Idempotency-Key answered 500 "Duplicate entry"; a key was global across users; a key reused with another body
 * silently returned the first result; payments and shipments had no idempotency; a double-clicked form created two
 * quotations; a 500 was Boot's default JSON.
 */
@YitiTest
class IdempotencyTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrderFixtures fixtures;

    @Autowired
    CrmFixtures crm;

    @Autowired
    TestUsers users;

    @Autowired
    OrderManagement orders;

    @Autowired
    QuotationManagement quotations;

    @Autowired
    ReceivablesManagement receivables;

    @org.springframework.beans.factory.annotation.Autowired
    com.yiti.finance.PaymentManagement paymentManagement;

    @Autowired
    com.yiti.finance.ReceivablesPosition position;

    final ExecutorService pool = Executors.newFixedThreadPool(8);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    /** Sends the same request from n threads at once; the answers in any order. */
    List<MockHttpServletResponse> parallel(int n, java.util.function.Supplier<RequestBuilder> request)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<MockHttpServletResponse>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Callable<MockHttpServletResponse> call = () -> {
                start.await();
                return mvc.perform(request.get()).andReturn().getResponse();
            };
            futures.add(pool.submit(call));
        }
        start.countDown();
        List<MockHttpServletResponse> answers = new ArrayList<>();
        for (Future<MockHttpServletResponse> f : futures) {
            answers.add(f.get());
        }
        return answers;
    }

    @Test
    void parallelRequestsOfAnIdleApiKeyAllSucceed() throws Exception {
        // idle for ten minutes: every request of the burst wants to note the use
        jdbc.update(
                "update plt_api_key set last_used_at = ? where user_id = (select id from plt_user where username = ?)",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(600)),
                "sales2");
        List<MockHttpServletResponse> answers =
                parallel(8, () -> get("/api/v1/me").header("Authorization", "Bearer demo-sales2-key"));
        assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsOnly(200);
    }

    String orderBody(CustomerView customer) {
        return "{\"customerId\":" + customer.id() + ",\"warehouseId\":" + fixtures.warehouse() + "}";
    }

    @Test
    void parallelCreatesWithOneKeyMakeOneOrderAndAnswerAlike() throws Exception {
        CustomerView customer = crm.customerOf("sales1");
        String key = UUID.randomUUID().toString();
        List<MockHttpServletResponse> answers = parallel(
                6,
                () -> post("/api/v1/orders")
                        .header("Authorization", "Bearer demo-sales1-key")
                        .header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(orderBody(customer)));
        assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsOnly(201);
        Set<Integer> ids = new HashSet<>();
        for (MockHttpServletResponse a : answers) {
            ids.add(JsonPath.read(a.getContentAsString(), "$.id"));
        }
        assertThat(ids).as("one order, the same answer six times").hasSize(1);
        int id = ids.iterator().next();
        assertThat(answers).allMatch(a -> ("/api/v1/orders/" + id).equals(a.getHeader("Location")));
        assertThat(users.runAs("sales1", () -> orders.ofCustomer(customer.id(), 10)))
                .hasSize(1);

        // the same key with another body is a mistake, not a replay
        mvc.perform(post("/api/v1/orders")
                        .header("Authorization", "Bearer demo-sales1-key")
                        .header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(orderBody(customer).replace("}", ",\"note\":\"other\"}")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.containsString("problem+json")))
                .andExpect(jsonPath("$.code").value("idempotencyKey.reused"));

        // keys are per user: another rep's request with the same key is its own request
        CustomerView other = crm.customerOf("sales2");
        mvc.perform(post("/api/v1/orders")
                        .header("Authorization", "Bearer demo-sales2-key")
                        .header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(orderBody(other)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.customerId").value(other.id()));
    }

    @Test
    void parallelConfirmationsWithOneKeyAnswerAlike() throws Exception {
        ProductView p = fixtures.product(ProductType.BOUGHT, "10.00", 2, "5");
        CustomerView customer = crm.customerOf("sales1");
        OrderView draft = fixtures.draft("sales1", customer.id(), p, 2);
        String key = UUID.randomUUID().toString();
        List<MockHttpServletResponse> answers = parallel(
                6,
                () -> post("/api/v1/orders/" + draft.id() + "/confirm")
                        .header("Authorization", "Bearer demo-sales1-key")
                        .header("Idempotency-Key", key));
        assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsOnly(200);
        assertThat(answers)
                .extracting(MockHttpServletResponse::getContentAsString)
                .as("identical answers")
                .containsOnly(answers.get(0).getContentAsString());
    }

    @Test
    void aPaymentSentTwelveTimesWithOneKeyIsRecordedOnce() throws Exception {
        CustomerView customer = crm.customerOf("sales1");
        String body = "{\"customerId\":" + customer.id() + ",\"amount\":100.00,\"method\":\"BANK_TRANSFER\"}";
        String key = UUID.randomUUID().toString();
        List<MockHttpServletResponse> answers = parallel(
                12,
                () -> post("/api/v1/payments")
                        .header("Authorization", "Bearer demo-finance-key")
                        .header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body));
        assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsOnly(201);
        assertThat(users.runAs("finance", () -> paymentManagement.payments(customer.id(), PageRequest.of(0, 20)))
                        .getTotalElements())
                .isEqualTo(1);
        assertThat(users.runAs("finance", () -> position.exposure(customer.id()))
                        .creditBalance())
                .isEqualByComparingTo("100.00");
    }

    @Test
    void aFailedRequestKeepsNothingSoTheCorrectedRetryRuns() throws Exception {
        CustomerView customer = crm.customerOf("sales1");
        String key = UUID.randomUUID().toString();
        mvc.perform(post("/api/v1/payments")
                        .header("Authorization", "Bearer demo-finance-key")
                        .header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerId\":" + customer.id() + ",\"amount\":-5,\"method\":\"CASH\"}"))
                .andExpect(status().is4xxClientError());
        mvc.perform(post("/api/v1/payments")
                        .header("Authorization", "Bearer demo-finance-key")
                        .header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerId\":" + customer.id() + ",\"amount\":5,\"method\":\"CASH\"}"))
                .andExpect(status().isCreated());
    }

    @Test
    void aDoubleClickedNewQuotationFormMakesOneQuotation() throws Exception {
        CustomerView customer = crm.customerOf("sales1");
        String page = mvc.perform(get("/quotations/new")
                        .param("customerId", String.valueOf(customer.id()))
                        .with(users.as("sales1")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String formKey = JsonPathless.hiddenValue(page, "_formKey");
        assertThat(formKey).as("every posted form carries a one-time key").isNotBlank();
        List<MockHttpServletResponse> answers = parallel(
                3,
                () -> post("/quotations/new")
                        .with(users.as("sales1"))
                        .with(csrf())
                        .param("_formKey", formKey)
                        .param("customerId", String.valueOf(customer.id()))
                        .param("warehouseId", String.valueOf(fixtures.warehouse())));
        assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsOnly(302);
        assertThat(answers)
                .extracting(MockHttpServletResponse::getRedirectedUrl)
                .containsOnly(answers.get(0).getRedirectedUrl());
        assertThat(users.runAs(
                                "sales1",
                                () -> quotations.search(
                                        new QuotationFilter(null, null, customer.id(), null), PageRequest.of(0, 10)))
                        .getTotalElements())
                .isEqualTo(1);
    }

    @Test
    void anUnexpectedFailureIsAProblemWithoutInternals() throws Exception {
        mvc.perform(get("/api/v1/test-only/failure").header("Authorization", "Bearer demo-sales1-key"))
                .andExpect(status().isInternalServerError())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.containsString("problem+json")))
                .andExpect(jsonPath("$.code").value("server.error"))
                .andExpect(jsonPath("$.detail")
                        .value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("jdbc"))));
    }

    /** Reads a hidden input's value out of a page. */
    static final class JsonPathless {
        static String hiddenValue(String html, String name) {
            var m = java.util.regex.Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"")
                    .matcher(html);
            if (m.find()) {
                return m.group(1);
            }
            m = java.util.regex.Pattern.compile("value=\"([^\"]*)\" name=\"" + name + "\"")
                    .matcher(html);
            return m.find() ? m.group(1) : null;
        }
    }
}
