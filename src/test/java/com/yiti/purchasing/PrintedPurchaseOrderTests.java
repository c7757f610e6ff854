package com.yiti.purchasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Issue 15: the purchase order prints as a PDF for the supplier, with our company as buyer and its lines. */
@YitiTest
class PrintedPurchaseOrderTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Test
    void purchasingPrintsThePurchaseOrderForTheSupplier() throws Exception {
        JsonNode po = JSON.readTree(mvc.perform(get("/api/v1/purchase-orders?size=1")
                                .header("Authorization", "Bearer demo-purchasing-key"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("content")
                .get(0);
        byte[] pdf = mvc.perform(get("/purchasing/orders/" + po.get("id").asLong() + "/pdf?lang=zh")
                        .with(users.as("purchasing")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text)
                .contains("采购订单")
                .contains(po.get("number").asText())
                .contains(po.get("supplierName").asText())
                .contains("上海一体自动化设备有限公司")
                .contains(po.get("lines").get(0).get("sku").asText());
        mvc.perform(get("/purchasing/orders/" + po.get("id").asLong() + "/pdf").with(users.as("sales1")))
                .andExpect(status().isForbidden());
    }
}
