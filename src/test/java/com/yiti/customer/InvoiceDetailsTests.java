package com.yiti.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.setup.CreditCodes;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.RecordNotFoundException;
import com.yiti.support.CrmFixtures;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/** A customer's invoicing data (开票信息, issue 18): validated, kept by FINANCE and the customer's rep, audited. */
@YitiTest
class InvoiceDetailsTests {

    static final String CODE = "91330106MA2H7XQ1P" + CreditCodes.checkCharacter("91330106MA2H7XQ1P");

    @Autowired
    CustomerInvoiceDetails details;

    @Autowired
    CrmFixtures crm;

    @Autowired
    TestUsers users;

    @Autowired
    MockMvc mvc;

    @Test
    void aSpecialInvoiceNeedsTheWholeBuyerAndTheTaxNumberIsChecked() {
        CustomerView c = crm.customerOf("sales1");
        InvoiceDetailsData partial =
                new InvoiceDetailsData(InvoiceType.SPECIAL, c.name(), CODE, "杭州市西湖区 0571-8888 0000", null, null);
        assertThatThrownBy(() -> users.runAs("sales1", () -> details.save(c.id(), null, partial)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.code()).isEqualTo("invoiceDetails.specialNeedsAll");
                    assertThat(e.field()).isIn("bankName", "bankAccount");
                });
        String wrongCheck = CODE.substring(0, 17) + (CODE.endsWith("1") ? "2" : "1");
        assertThatThrownBy(() -> users.runAs(
                        "sales1",
                        () -> details.save(
                                c.id(),
                                null,
                                new InvoiceDetailsData(InvoiceType.ORDINARY, c.name(), wrongCheck, null, null, null))))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class,
                        e -> assertThat(e.code()).isEqualTo("invoiceDetails.taxNumberInvalid"));
        InvoiceDetailsView saved = users.runAs(
                "sales1",
                () -> details.save(
                        c.id(),
                        null,
                        new InvoiceDetailsData(
                                InvoiceType.SPECIAL,
                                c.name(),
                                CODE.toLowerCase(),
                                "杭州市西湖区 0571-8888 0000",
                                "中国工商银行杭州西湖支行",
                                "1202 0212 0900 1234 567")));
        assertThat(saved.taxNumber()).isEqualTo(CODE);
        assertThat(saved.updatedBy()).isEqualTo("sales1");
        // FINANCE reads and keeps it too; another rep neither sees nor changes it
        assertThat(users.runAs("finance", () -> details.of(c.id())))
                .get()
                .extracting(InvoiceDetailsView::bankName)
                .isEqualTo("中国工商银行杭州西湖支行");
        assertThatThrownBy(() -> users.runAs("sales2", () -> details.of(c.id())))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> users.runAs("manager", () -> details.save(c.id(), null, partial)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theApiAnswersFinanceAndSaysWhatIsWrongAtTheField() throws Exception {
        CustomerView c = crm.customerOf("sales1");
        mvc.perform(put("/api/v1/customers/" + c.id() + "/invoice-details")
                        .header("Authorization", "Bearer demo-finance-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"invoiceType\":\"ORDINARY\",\"title\":\"\",\"taxNumber\":\"" + CODE + "\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("title"));
        mvc.perform(put("/api/v1/customers/" + c.id() + "/invoice-details")
                        .header("Authorization", "Bearer demo-finance-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"invoiceType\":\"ORDINARY\",\"title\":\"购买方\",\"taxNumber\":\"" + CODE + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.invoiceType").value("ORDINARY"));
        mvc.perform(get("/api/v1/customers/" + c.id() + "/invoice-details")
                        .header("Authorization", "Bearer demo-sales1-key"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("购买方"));
        mvc.perform(get("/customers/" + c.id() + "/invoice-details").with(users.as("finance")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/customers/" + c.id() + "/invoice-details")
                        .header("Authorization", "Bearer demo-warehouse-key"))
                .andExpect(status().isForbidden());
    }
}
