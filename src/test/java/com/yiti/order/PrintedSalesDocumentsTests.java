package com.yiti.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
 * Issue 15, printed documents: quotation, sales contract and delivery note as PDF whose text reads back with the
 * customer, the company and (for priced documents) the amount in capitals; a delivery note printed by the warehouse
 * carries no prices; each is scoped like its document.
 */
@YitiTest
class PrintedSalesDocumentsTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    com.yiti.customer.CustomerManagement customers;

    private void documentsIn(long customerId, String language) {
        users.runAs("sales1", () -> {
            var c = customers.get(customerId);
            return customers.update(
                    customerId,
                    c.version(),
                    new com.yiti.customer.CustomerData(
                            c.name(),
                            c.creditCode(),
                            c.industry(),
                            c.tier(),
                            c.region(),
                            c.address(),
                            c.website(),
                            c.ownerId(),
                            c.tags(),
                            c.paymentTermsDays(),
                            c.currency(),
                            c.status(),
                            language));
        });
    }

    @Test
    void withoutALanguageAskedADocumentIsInTheCustomersLanguage() throws Exception {
        JsonNode order = first("/api/v1/orders?size=1", "Bearer demo-sales1-key");
        long customerId = order.get("customerId").asLong();
        String path = "/api/v1/orders/" + order.get("id").asLong() + "/pdf";
        documentsIn(customerId, "en");
        try {
            assertThat(pdfText(path, "Bearer demo-sales1-key")).contains("Sales contract");
            assertThat(pdfText(path + "?lang=zh", "Bearer demo-sales1-key")).contains("销售合同");
        } finally {
            documentsIn(customerId, "");
        }
        assertThat(pdfText(path, "Bearer demo-sales1-key")).contains("销售合同");
    }

    private JsonNode first(String path, String apiKey) throws Exception {
        return JSON.readTree(mvc.perform(get(path).header("Authorization", apiKey))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("content")
                .get(0);
    }

    private String pdfText(String path, String apiKey) throws Exception {
        byte[] pdf = mvc.perform(get(path).header("Authorization", apiKey))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void quotationAndSalesContractReadBackWithTheCustomerAndTheAmountInCapitals() throws Exception {
        JsonNode quotation = first("/api/v1/quotations?size=1", "Bearer demo-sales1-key");
        String text = pdfText(
                "/api/v1/quotations/" + quotation.get("id").asLong() + "/pdf?lang=zh", "Bearer demo-sales1-key");
        assertThat(text)
                .contains("报价单")
                .contains(quotation.get("number").asText())
                .contains(quotation.get("customerName").asText())
                .contains("上海一体自动化设备有限公司")
                .contains(ChineseAmounts.inWords(
                        new BigDecimal(quotation.get("grossTotal").asText())));

        JsonNode order = first("/api/v1/orders?size=1", "Bearer demo-sales1-key");
        String contract =
                pdfText("/api/v1/orders/" + order.get("id").asLong() + "/pdf?lang=en", "Bearer demo-sales1-key");
        assertThat(contract)
                .contains("Sales contract")
                .contains(order.get("number").asText())
                .contains(order.get("customerName").asText())
                .contains(ChineseAmounts.inWords(
                        new BigDecimal(order.get("grossTotal").asText())));

        // another rep's customers' documents do not exist for him
        mvc.perform(get("/api/v1/orders/" + order.get("id").asLong() + "/pdf")
                        .header("Authorization", "Bearer demo-sales2-key"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/quotations/" + quotation.get("id").asLong() + "/pdf").with(users.as("sales2")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/quotations/" + quotation.get("id").asLong() + "/pdf").with(users.as("sales1")))
                .andExpect(status().isOk());
    }

    @Test
    void theWarehousesDeliveryNoteHasNoPricesAndTheManagersHas() throws Exception {
        JsonNode shipment = first("/api/v1/shipments?size=1", "Bearer demo-warehouse-key");
        String path = "/api/v1/shipments/" + shipment.get("id").asLong() + "/pdf?lang=zh";
        String warehouse = pdfText(path, "Bearer demo-warehouse-key");
        assertThat(warehouse)
                .contains("送货单")
                .contains(shipment.get("number").asText())
                .contains(shipment.get("customerName").asText())
                .contains("收货人（签字、日期）")
                .doesNotContain("¥")
                .doesNotContain("单价");
        String manager = pdfText(path, "Bearer demo-manager-key");
        assertThat(manager).contains("单价").contains("¥");
        mvc.perform(get(path).header("Authorization", "Bearer demo-sales1-key")).andExpect(status().isForbidden());
    }
}
