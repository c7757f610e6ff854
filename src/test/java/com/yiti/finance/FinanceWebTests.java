package com.yiti.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Finance screens and API by role, on the demo receivables. */
@YitiTest
class FinanceWebTests {

    static final List<String> USERS = List.of(
            "admin", "manager", "salesmgr", "sales1", "warehouse", "production", "purchasing", "finance", "service");

    static final List<String> PAGES = List.of(
            "/finance/invoices",
            "/finance/payments",
            "/finance/holds",
            "/finance/credit",
            "/finance/aging",
            "/finance/journal",
            "/finance/trial-balance",
            "/finance/accounts");

    static final Set<String> FINANCE_READERS = Set.of("admin", "manager", "finance");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    ReceivablesManagement receivables;

    @org.springframework.beans.factory.annotation.Autowired
    com.yiti.finance.PaymentManagement paymentManagement;

    @Autowired
    com.yiti.finance.ReceivablesPosition position;

    @Autowired
    com.yiti.support.CrmFixtures crm;

    /** Found in the security assessment (issue 14): a forged allocation field answered 500. */
    @Test
    void aForgedAllocationFieldIsAMessageNotAnError() throws Exception {
        var customer = crm.customerOf("sales1");
        PaymentView payment = users.runAs(
                "finance",
                () -> paymentManagement.recordPayment(new NewPayment(
                        customer.id(),
                        java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")),
                        new java.math.BigDecimal("10.00"),
                        PaymentMethod.CASH,
                        null,
                        false,
                        java.util.Map.of())));
        for (String[] field :
                new String[][] {{"allocations[abc]", "1"}, {"allocations[1]", "x"}, {"allocations[1]", "1e30"}}) {
            mvc.perform(post("/finance/payments/" + payment.id() + "/allocate")
                            .with(users.as("finance"))
                            .with(csrf())
                            .param(field[0], field[1]))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(flash().attribute("flashError", "finance.allocationInvalid"));
        }
    }

    @Test
    void onlyFinanceManagerAndAdminOpenTheFinanceScreens() throws Exception {
        for (String user : USERS) {
            for (String page : PAGES) {
                int status = mvc.perform(get(page).with(users.as(user)))
                        .andReturn()
                        .getResponse()
                        .getStatus();
                assertThat(status).as(user + " " + page).isEqualTo(FINANCE_READERS.contains(user) ? 200 : 403);
            }
        }
    }

    @Test
    void theDemoReceivablesShowOnTheScreens() throws Exception {
        InvoiceView overdue = users.runAs(
                        "finance",
                        () -> receivables.invoices(
                                new InvoiceFilter(null, null, null, true, null), PageRequest.of(0, 5)))
                .getContent()
                .get(0);
        mvc.perform(get("/finance/invoices").param("overdue", "true").with(users.as("finance")))
                .andExpect(content().string(containsString(overdue.number())));
        mvc.perform(get("/finance/invoices/" + overdue.id()).with(users.as("finance")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("days overdue")));
        mvc.perform(get("/finance/invoices/" + overdue.id() + "/print").with(users.as("finance")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"print-total\"")));
        mvc.perform(get("/finance/aging").with(users.as("finance")))
                .andExpect(content().string(containsString("aging-" + overdue.customerId())));
        mvc.perform(get("/finance/holds").with(users.as("finance")))
                .andExpect(content().string(containsString("hold-SO-")));
        mvc.perform(get("/finance/trial-balance").with(users.as("finance")).param("from", "2000-01-01"))
                .andExpect(status().isOk());
        // the owning rep sees the warning on the customer page
        long owner = users.runAs("finance", () -> position.exposure(overdue.customerId()))
                .customerId();
        mvc.perform(get("/customers/" + owner).with(users.as("sales1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"overdue-warning\"")));
    }

    @Test
    void onlyFinanceDecidesAHold() throws Exception {
        mvc.perform(post("/finance/holds/1/release")
                        .with(users.as("manager"))
                        .with(csrf())
                        .param("note", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/finance/holds/1/release")
                        .with(users.as("sales1"))
                        .with(csrf())
                        .param("note", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theApiAnswersEachRoleWithItsShareOfFinance() throws Exception {
        InvoiceView any = users.runAs(
                        "finance",
                        () -> receivables.invoices(
                                new InvoiceFilter(null, null, null, false, null), PageRequest.of(0, 1)))
                .getContent()
                .get(0);
        mvc.perform(get("/api/v1/invoices").header("Authorization", "Bearer demo-finance-key"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").isNumber());
        mvc.perform(get("/api/v1/customers/" + any.customerId() + "/exposure")
                        .header("Authorization", "Bearer demo-finance-key"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openReceivables").isNumber());
        mvc.perform(get("/api/v1/journal-entries").header("Authorization", "Bearer demo-finance-key"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/receivables/aging").header("Authorization", "Bearer demo-manager-key"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/journal-entries").header("Authorization", "Bearer demo-sales1-key"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/invoices").header("Authorization", "Bearer demo-warehouse-key"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/invoices/" + any.id()).header("Authorization", "Bearer demo-sales3-key"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/payments")
                        .header("Authorization", "Bearer demo-finance-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerId\":" + any.customerId() + ",\"amount\":-1,\"method\":\"CASH\"}"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/payments")
                        .header("Authorization", "Bearer demo-sales1-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerId\":" + any.customerId() + ",\"amount\":1,\"method\":\"CASH\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void financeChangesACreditLimitAndTheChangeIsKept() throws Exception {
        long customerId = users.runAs(
                        "finance",
                        () -> receivables.invoices(
                                new InvoiceFilter(null, null, null, false, null), PageRequest.of(0, 1)))
                .getContent()
                .get(0)
                .customerId();
        mvc.perform(post("/finance/credit/" + customerId)
                        .with(users.as("finance"))
                        .with(csrf())
                        .param("creditLimit", "-5")
                        .param("paymentTermsDays", "45"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"creditLimit-error\"")));
        mvc.perform(post("/finance/credit/" + customerId)
                        .with(users.as("finance"))
                        .with(csrf())
                        .param("creditLimit", "123456.78")
                        .param("paymentTermsDays", "45"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "finance.creditSaved"));
        mvc.perform(get("/finance/credit/" + customerId).with(users.as("finance")))
                .andExpect(content().string(containsString("123,456.78")))
                .andExpect(content().string(containsString("<td>finance</td>")));
    }
}
