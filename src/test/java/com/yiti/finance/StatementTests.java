package com.yiti.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.customer.CustomerView;
import com.yiti.inventory.ProductType;
import com.yiti.inventory.ProductView;
import com.yiti.order.OrderManagement;
import com.yiti.order.OrderView;
import com.yiti.support.CrmFixtures;
import com.yiti.support.OrderFixtures;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The customer statement (对账单, issue 18): as JSON and Excel, and the customer's confirmation or dispute. */
@YitiTest
class StatementTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    PaymentManagement payments;

    @Autowired
    ReceivablesManagement receivables;

    @Autowired
    OrderManagement orders;

    @Autowired
    OrderFixtures fixtures;

    @Autowired
    CrmFixtures crm;

    @Autowired
    TestUsers users;

    @Autowired
    MockMvc mvc;

    @Test
    void theStatementAddsUpInEveryFormatAndTheCustomersAnswerIsRecorded() throws Exception {
        ProductView p = fixtures.product(ProductType.BOUGHT, "100.00", 3, "5");
        CustomerView c = crm.customerOf("sales1");
        OrderView draft = fixtures.draft("sales1", c.id(), p, "2"); // ¥226.00
        OrderView order = users.runAs("sales1", () -> orders.confirm(draft.id(), null));
        users.runAs(
                "warehouse",
                () -> fixtures.ship(order.id(), order.lines().get(0).id(), "2", "SF-STMT"));
        InvoiceAwait.invoiceOf(users, receivables, order.id());
        users.runAs(
                "finance",
                () -> payments.recordPayment(new NewPayment(
                        c.id(), TODAY, new BigDecimal("100.00"), PaymentMethod.BANK_TRANSFER, "part", true, Map.of())));
        String period = "?from=" + TODAY.withDayOfMonth(1) + "&to=" + TODAY;

        mvc.perform(get("/api/v1/customers/" + c.id() + "/statement" + period)
                        .header("Authorization", "Bearer demo-sales1-key"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.statement.closing").value(126.00))
                .andExpect(jsonPath("$.statement.lines.length()").value(2));

        byte[] xlsx = mvc.perform(get("/finance/customers/" + c.id() + "/statement.xlsx" + period)
                        .with(users.as("finance")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            var last = sheet.getRow(sheet.getLastRowNum());
            assertThat(last.getCell(5).getNumericCellValue()).isEqualTo(126.00);
        }

        mvc.perform(post("/api/v1/customers/" + c.id() + "/statement/replies")
                        .header("Authorization", "Bearer demo-finance-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"from\":\"" + TODAY.withDayOfMonth(1) + "\",\"to\":\"" + TODAY
                                + "\",\"status\":\"DISPUTED\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("note"));
        mvc.perform(post("/api/v1/customers/" + c.id() + "/statement/replies")
                        .header("Authorization", "Bearer demo-sales1-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"from\":\"" + TODAY.withDayOfMonth(1) + "\",\"to\":\"" + TODAY
                                + "\",\"status\":\"CONFIRMED\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/customers/" + c.id() + "/statement/replies")
                        .header("Authorization", "Bearer demo-finance-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"from\":\"" + TODAY.withDayOfMonth(1) + "\",\"to\":\"" + TODAY
                                + "\",\"status\":\"DISPUTED\",\"note\":\"客户称 100 元未入账 says 100 was not booked\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.closing").value(126.00));
        mvc.perform(get("/finance/customers/" + c.id() + "/statement" + period).with(users.as("finance")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("客户称 100 元未入账")))
                .andExpect(content().string(containsString("Disputed")));
    }
}
