package com.yiti.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.support.PurchaseFixtures;
import com.yiti.support.PurchaseFixtures.Bought;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Payables screens and API by role: what finance, purchasing and the others may see and do. */
@YitiTest
class PayablesWebTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    PurchaseFixtures purchases;

    @Autowired
    PayablesViews views;

    @Test
    void eachRoleSeesThePayablesPagesItMayAndNoOther() throws Exception {
        Map<String, List<String>> allowed = Map.of(
                "finance",
                        List.of(
                                "/finance/supplier-invoices",
                                "/finance/supplier-payments",
                                "/finance/payables",
                                "/finance/supplier-invoices/new",
                                "/finance/supplier-payments/new"),
                "manager", List.of("/finance/supplier-invoices", "/finance/supplier-payments", "/finance/payables"),
                "purchasing", List.of("/finance/supplier-invoices", "/finance/supplier-invoices?status=HELD"),
                "admin", List.of("/finance/payables/settings", "/finance/payables"));
        Map<String, List<String>> refused = Map.of(
                "purchasing",
                        List.of(
                                "/finance/supplier-payments",
                                "/finance/payables",
                                "/finance/supplier-invoices/new",
                                "/finance/payables/settings"),
                "manager", List.of("/finance/supplier-invoices/new", "/finance/supplier-payments/new"),
                "finance", List.of("/finance/payables/settings"),
                "sales1", List.of("/finance/supplier-invoices", "/finance/payables"),
                "warehouse",
                        List.of("/finance/supplier-invoices", "/api/v1/supplier-invoices", "/api/v1/payables/aging"));
        for (var e : allowed.entrySet()) {
            for (String page : e.getValue()) {
                mvc.perform(get(page).with(users.as(e.getKey()))).andExpect(status().isOk());
            }
        }
        for (var e : refused.entrySet()) {
            for (String page : e.getValue()) {
                mvc.perform(get(page).with(users.as(e.getKey()))).andExpect(status().isForbidden());
            }
        }
    }

    @Test
    void financeEntersAnInvoiceOnTheFormPurchasingAcceptsTheDifferenceAndFinancePaysIt() throws Exception {
        Bought b = purchases.ordered("5", "20.00");
        purchases.receive(b, "5");
        // the form starts from what was received and not yet invoiced
        mvc.perform(get("/finance/supplier-invoices/new")
                        .param("purchaseOrderId", String.valueOf(b.po().id()))
                        .with(users.as("finance")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(b.product().sku())))
                .andExpect(content().string(containsString("name=\"lines[0].quantity\" value=\"5\"")));
        // a due date before the invoice date is refused at its field, nothing entered
        mvc.perform(invoiceForm(b, "W-" + b.po().number(), "21.00", TODAY.minusDays(1)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "dueDate"));
        String location = mvc.perform(invoiceForm(b, "W-" + b.po().number(), "21.00", TODAY.plusDays(30)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "payables.invoiceHeld"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        // purchasing sees it held with the difference, and accepts it
        mvc.perform(get(location).with(users.as("purchasing")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"supplier-invoice-release\"")))
                .andExpect(content().string(containsString("id=\"supplier-invoice-match\"")));
        mvc.perform(post(location + "/release")
                        .param("note", "agreed")
                        .with(users.as("finance"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(location + "/release")
                        .param("note", "agreed")
                        .with(users.as("purchasing"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "payables.released"));
        SupplierInvoiceView posted = users.runAs("finance", () -> views.invoice(id));
        assertThat(posted.status()).isEqualTo(SupplierInvoiceStatus.OPEN);
        assertThat(posted.varianceAmount()).isEqualByComparingTo("5.00"); // 5 × (21.00 − ordered 20.00)
        // finance pays it through the API, all of it, oldest first
        mvc.perform(post("/api/v1/supplier-payments")
                        .header("Authorization", "Bearer demo-purchasing-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"supplierId\":" + b.supplierId()
                                + ",\"amount\":118.65,\"method\":\"BANK_TRANSFER\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/supplier-payments")
                        .header("Authorization", "Bearer demo-finance-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"supplierId\":" + b.supplierId()
                                + ",\"amount\":118.65,\"method\":\"BANK_TRANSFER\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.allocations[0].invoiceId").value(id));
        assertThat(users.runAs("finance", () -> views.invoice(id)).status()).isEqualTo(SupplierInvoiceStatus.PAID);
        // the history says who accepted the difference and why, and which payment settled it
        mvc.perform(get(location + "/history").with(users.as("finance")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("agreed")))
                .andExpect(content().string(containsString("SP-")));
        mvc.perform(get("/finance/suppliers/" + b.supplierId() + "/statement").with(users.as("finance")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(posted.number())));
    }

    @Test
    void theApiEntersAnInvoiceAndAnswersBadInputWithTheField() throws Exception {
        Bought b = purchases.ordered("2", "10.00");
        purchases.receive(b, "2");
        String body = "{\"purchaseOrderId\":%d,\"supplierReference\":\"%s\",\"invoiceDate\":\"%s\",\"dueDate\":\"%s\","
                + "\"lines\":[{\"purchaseOrderLineId\":%d,\"quantity\":2,\"unitPrice\":10.00,\"taxRate\":0.13}]}";
        mvc.perform(post("/api/v1/supplier-invoices")
                        .header("Authorization", "Bearer demo-finance-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(
                                b.po().id(), "API-" + b.po().number(), TODAY, TODAY.minusDays(3), b.lineId())))
                .andExpect(status().is4xxClientError())
                .andExpect(content().string(containsString("dueDate")));
        mvc.perform(post("/api/v1/supplier-invoices")
                        .header("Authorization", "Bearer demo-finance-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(
                                b.po().id(), "API-" + b.po().number(), TODAY, TODAY.plusDays(30), b.lineId())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.grossAmount").value(22.6));
        mvc.perform(get("/api/v1/payables/aging").with(users.as("finance")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total.balance").exists());
        mvc.perform(get("/api/v1/supplier-invoices")
                        .param("supplierId", String.valueOf(b.supplierId()))
                        .with(users.as("purchasing")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].supplierReference").value("API-" + b.po().number()));
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder invoiceForm(
            Bought b, String reference, String price, LocalDate due) {
        return post("/finance/supplier-invoices/new")
                .with(users.as("finance"))
                .with(csrf())
                .param("purchaseOrderId", String.valueOf(b.po().id()))
                .param("supplierReference", reference)
                .param("invoiceDate", TODAY.toString())
                .param("dueDate", due.toString())
                .param("lines[0].purchaseOrderLineId", String.valueOf(b.lineId()))
                .param("lines[0].quantity", "5")
                .param("lines[0].unitPrice", price)
                .param("lines[0].taxRate", "0.13");
    }
}
