package com.yiti.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.shared.ChineseAmounts;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.math.BigDecimal;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 15, printed documents: the invoice is a real PDF built on the server, its text selectable (read back here
 * with PDFBox) in Chinese and English, with the company, the buyer and the amount in Chinese capitals; scoped like
 * the invoice.
 */
@YitiTest
class PrintedInvoiceTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    private JsonNode firstInvoiceOf(String apiKey) throws Exception {
        JsonNode page = JSON.readTree(mvc.perform(get("/api/v1/invoices?size=1").header("Authorization", apiKey))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        return page.get("content").get(0);
    }

    static String text(byte[] pdf) throws Exception {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theInvoiceReadsBackWithTheBuyerTheCompanyAndTheAmountInCapitals() throws Exception {
        JsonNode invoice = firstInvoiceOf("Bearer demo-sales1-key");
        byte[] pdf = mvc.perform(get("/api/v1/invoices/" + invoice.get("id").asLong() + "/pdf?lang=zh")
                        .header("Authorization", "Bearer demo-sales1-key"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string(
                                "Content-Disposition",
                                org.hamcrest.Matchers.containsString(
                                        invoice.get("number").asText() + ".pdf")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        // kept under target/ for a look at the layout
        java.nio.file.Files.write(java.nio.file.Path.of("target", "printed-invoice.pdf"), pdf);
        String text = text(pdf);
        assertThat(text)
                .contains("销售发票")
                .contains(invoice.get("number").asText())
                .contains(invoice.get("customerName").asText())
                .contains("上海一体自动化设备有限公司")
                .contains("91310115MA1K4YT0X8")
                .contains("招商银行上海张江支行")
                .contains(ChineseAmounts.inWords(
                        new BigDecimal(invoice.get("grossTotal").asText())));

        String english =
                text(mvc.perform(get("/api/v1/invoices/" + invoice.get("id").asLong() + "/pdf?lang=en")
                                .header("Authorization", "Bearer demo-sales1-key"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray());
        assertThat(english).contains("Invoice").contains("Shanghai Yiti Automation Equipment Co., Ltd.");
    }

    @Test
    void aRepPrintsOnlyHisOwnCustomersInvoicesAndFinanceFromItsScreen() throws Exception {
        JsonNode invoice = firstInvoiceOf("Bearer demo-sales1-key");
        long id = invoice.get("id").asLong();
        mvc.perform(get("/api/v1/invoices/" + id + "/pdf").header("Authorization", "Bearer demo-sales2-key"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/invoices/" + id + "/pdf").header("Authorization", "Bearer demo-warehouse-key"))
                .andExpect(status().isForbidden());
        byte[] pdf = mvc.perform(get("/finance/invoices/" + id + "/pdf").with(users.as("finance")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(text(pdf)).contains(invoice.get("number").asText());
        mvc.perform(get("/finance/invoices/" + id + "/pdf").with(users.as("sales1")))
                .andExpect(status().isForbidden());
    }
}
