package com.yiti.purchasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.finance.NewSupplierInvoice;
import com.yiti.finance.SupplierDebitNoting;
import com.yiti.finance.SupplierInvoicing;
import com.yiti.support.PurchaseFixtures;
import com.yiti.support.PurchaseFixtures.Bought;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Returns to the supplier on the purchase order's page and through the API; debit notes on finance's screens. */
@YitiTest
class SupplierReturnWebTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    PurchaseFixtures purchases;

    @Autowired
    SupplierInvoicing invoicing;

    @Autowired
    SupplierDebitNoting debitNotes;

    @Autowired
    PurchasingManagement purchasing;

    @Test
    void theWarehouseSendsGoodsBackFromTheOrdersPageAndFinanceSeesTheDebitNote() throws Exception {
        Bought b = purchases.ordered("6", "15.00");
        purchases.receive(b, "6");
        users.runAs(
                "finance",
                () -> invoicing.enter(new NewSupplierInvoice(
                        b.po().id(),
                        "FP-W-" + b.po().number(),
                        TODAY,
                        TODAY.plusDays(30),
                        List.of(new NewSupplierInvoice.Line(
                                b.lineId(), new BigDecimal("6"), new BigDecimal("15.00"), new BigDecimal("0.13"))))));
        String page = "/purchasing/orders/" + b.po().id();
        mvc.perform(get(page).with(users.as("warehouse")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"return-form\"")));
        mvc.perform(get(page).with(users.as("finance")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"return-form\""))));

        // more than was kept: back at its field, nothing sent
        mvc.perform(post(page + "/return")
                        .param("quantities[" + b.lineId() + "]", "7")
                        .param("reason", "DEFECTIVE")
                        .with(users.as("warehouse"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"ret-" + b.lineId() + "-error\"")))
                .andExpect(content().string(containsString("At most 6 can go back")));
        // no reason: refused at the reason
        mvc.perform(post(page + "/return")
                        .param("quantities[" + b.lineId() + "]", "2")
                        .with(users.as("warehouse"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"return-reason-error\"")));
        assertThat(users.runAs("purchasing", () -> purchasing.purchaseOrder(b.po().id()))
                        .lines()
                        .get(0)
                        .returnedQuantity())
                .isEqualByComparingTo("0");
        // others may not
        for (String who : List.of("sales1", "finance", "manager")) {
            mvc.perform(post(page + "/return")
                            .param("quantities[" + b.lineId() + "]", "1")
                            .param("reason", "DEFECTIVE")
                            .with(users.as(who))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }

        mvc.perform(post(page + "/return")
                        .param("quantities[" + b.lineId() + "]", "2")
                        .param("reason", "DEFECTIVE")
                        .param("note", "外箱破损，来料检验不合格")
                        .with(users.as("warehouse"))
                        .with(csrf()))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("message", "purchasing.returned"));
        mvc.perform(get(page).with(users.as("purchasing")))
                .andExpect(content().string(containsString("RS-")))
                .andExpect(content().string(containsString("Defective")));

        var note = users.runAs("finance", () -> debitNotes.ofPurchaseOrder(b.po().id()))
                .get(0);
        mvc.perform(get("/finance/supplier-debit-notes").with(users.as("finance")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(note.number())));
        mvc.perform(get("/finance/supplier-debit-notes/" + note.id()).with(users.as("purchasing")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"debit-note-applications\"")))
                .andExpect(content().string(containsString("33.90"))); // 2 × 15.00 + 13 % VAT
        mvc.perform(get("/finance/supplier-debit-notes/" + note.id()).with(users.as("warehouse")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/finance/supplier-debit-notes").with(users.as("sales1")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/supplier-debit-notes/" + note.id()).header("Authorization", "Bearer demo-finance-key"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.grossAmount").value(33.90))
                .andExpect(jsonPath("$.status").value("APPLIED"));
    }

    @Test
    void purchasingReturnsThroughTheApiAndBadInputIsRefused() throws Exception {
        Bought b = purchases.ordered("4", "9.00");
        purchases.receive(b, "4");
        String url = "/api/v1/purchase-orders/" + b.po().id() + "/returns";
        mvc.perform(post(url)
                        .header("Authorization", "Bearer demo-purchasing-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"quantities\":{\"" + b.lineId() + "\":5},\"reason\":\"SURPLUS\"}"))
                .andExpect(status().isUnprocessableEntity()) // a business rule, at its field
                .andExpect(jsonPath("$.errors[0].field").value("quantities[" + b.lineId() + "]"))
                .andExpect(jsonPath("$.errors[0].code").value("purchasing.returnTooMuch"));
        mvc.perform(post(url)
                        .header("Authorization", "Bearer demo-purchasing-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"quantities\":{\"" + b.lineId() + "\":1},\"reason\":\"SURPLUS\",\"note\":\"多发\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("RETURN"))
                .andExpect(jsonPath("$.lines[0].quantity").value(-1));
        mvc.perform(post(url)
                        .header("Authorization", "Bearer demo-sales1-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"quantities\":{\"" + b.lineId() + "\":1},\"reason\":\"SURPLUS\"}"))
                .andExpect(status().isForbidden());
    }
}
