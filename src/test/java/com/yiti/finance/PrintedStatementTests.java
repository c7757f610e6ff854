package com.yiti.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.shared.ChineseAmounts;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 15: the customer statement (对账单) — opening balance, the period's invoices, credit notes and payments, and
 * a closing balance equal to what the customer owes — as data and as PDF, scoped to the customer's rep and finance.
 */
@YitiTest
class PrintedStatementTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    CustomerStatements statements;

    @Autowired
    ReceivablesManagement receivables;

    @Test
    void theClosingBalanceIsWhatTheCustomerOwesAndItPrints() throws Exception {
        JsonNode invoice = JSON.readTree(
                        mvc.perform(get("/api/v1/invoices?size=1").header("Authorization", "Bearer demo-sales1-key"))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                .get("content")
                .get(0);
        long customerId = invoice.get("customerId").asLong();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        CustomerStatements.Statement statement =
                users.runAs("finance", () -> statements.statement(customerId, today.minusYears(4), today.plusDays(1)));
        // everything invoiced minus everything credited and paid: the open receivable plus unallocated payments
        BigDecimal open = users
                .runAs(
                        "finance",
                        () -> receivables
                                .invoices(
                                        new InvoiceFilter(null, null, customerId, false, null),
                                        org.springframework.data.domain.PageRequest.of(0, 1000))
                                .getContent())
                .stream()
                .map(i -> i.grossTotal().subtract(i.credited()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal paid = statement.lines().stream()
                .filter(l -> l.kind().equals("payment"))
                .map(CustomerStatements.Line::credit)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(statement.opening()).isEqualByComparingTo("0");
        assertThat(statement.closing()).isEqualByComparingTo(open.subtract(paid));
        assertThat(statement.lines())
                .extracting(CustomerStatements.Line::number)
                .contains(invoice.get("number").asText());

        byte[] pdf = mvc.perform(get("/api/v1/customers/" + customerId + "/statement.pdf?from=" + today.minusYears(4)
                                + "&to=" + today.plusDays(1) + "&lang=zh")
                        .header("Authorization", "Bearer demo-sales1-key"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(PrintedInvoiceTests.text(pdf))
                .contains("对账单")
                .contains(invoice.get("customerName").asText())
                .contains(invoice.get("number").asText())
                .contains(ChineseAmounts.inWords(statement.closing()));
        mvc.perform(get("/api/v1/customers/" + customerId + "/statement.pdf")
                        .header("Authorization", "Bearer demo-sales2-key"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/customers/" + customerId + "/statement.pdf?from=2026-12-31&to=2026-01-01")
                        .header("Authorization", "Bearer demo-finance-key"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/finance/customers/" + customerId + "/statement.pdf").with(users.as("finance")))
                .andExpect(status().isOk());
    }
}
