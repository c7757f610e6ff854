package com.yiti.order;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.customer.CustomerView;
import com.yiti.inventory.ProductType;
import com.yiti.inventory.ProductView;
import com.yiti.support.CrmFixtures;
import com.yiti.support.OrderFixtures;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Found by outside testing: quantities, prices and payments of 1e20 answered 500 ("Out of range" from the database);
 * a 422 put its code in different places with and without field errors; raw validator messages reached the page.
 * Every number has a documented range, checked where it enters: a 400 problem on the API, a message at the field.
 */
@YitiTest
class InputRangeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrderFixtures fixtures;

    @Autowired
    CrmFixtures crm;

    @Autowired
    TestUsers users;

    @ParameterizedTest
    @ValueSource(strings = {"1e20", "9999999999999999", "10000000"})
    void anOversizedQuantityIsA400AtTheField(String quantity) throws Exception {
        ProductView p = fixtures.product(ProductType.BOUGHT, "10.00", 2, "0");
        OrderView draft = fixtures.draft("sales1", crm.customerOf("sales1").id());
        mvc.perform(post("/api/v1/orders/" + draft.id() + "/lines")
                        .header("Authorization", "Bearer demo-sales1-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + draft.version() + ",\"productId\":" + p.id() + ",\"quantity\":"
                                + quantity + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.code").value("validation.failed"))
                .andExpect(jsonPath("$.errors[0].field").value("quantity"))
                .andExpect(jsonPath("$.errors[0].message").value("Enter a quantity below 10,000,000."));
    }

    @Test
    void anOversizedPriceOrPaymentIsA400() throws Exception {
        ProductView p = fixtures.product(ProductType.BOUGHT, "10.00", 2, "0");
        OrderView draft = fixtures.draft("sales1", crm.customerOf("sales1").id());
        mvc.perform(post("/api/v1/orders/" + draft.id() + "/lines")
                        .header("Authorization", "Bearer demo-sales1-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + draft.version() + ",\"productId\":" + p.id()
                                + ",\"quantity\":1,\"unitPrice\":1e20}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("unitPrice"));
        CustomerView customer = crm.customerOf("sales1");
        mvc.perform(post("/api/v1/payments")
                        .header("Authorization", "Bearer demo-finance-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerId\":" + customer.id() + ",\"amount\":1e20,\"method\":\"CASH\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("amount"));
    }

    @Test
    void aBusinessRuleHasItsCodeAtTheTopWithOrWithoutAField() throws Exception {
        ProductView p = fixtures.product(ProductType.BOUGHT, "10.00", 2, "0");
        OrderView draft = fixtures.draft("sales1", crm.customerOf("sales1").id());
        mvc.perform(post("/api/v1/orders/" + draft.id() + "/confirm").header("Authorization", "Bearer demo-sales1-key"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("order.noLines"));
        mvc.perform(post("/api/v1/orders/" + draft.id() + "/lines")
                        .header("Authorization", "Bearer demo-sales1-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + draft.version() + ",\"productId\":" + p.id() + ",\"quantity\":-2}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").isString())
                .andExpect(jsonPath("$.errors[0].code").isString());
    }

    @Test
    void theLineFormTellsTheRangeInTheUsersLanguageWithoutRawValidatorText() throws Exception {
        ProductView p = fixtures.product(ProductType.BOUGHT, "10.00", 2, "0");
        OrderView draft = fixtures.draft("sales1", crm.customerOf("sales1").id());
        mvc.perform(post("/orders/" + draft.id() + "/lines")
                        .with(users.as("sales1"))
                        .with(csrf())
                        .cookie(new Cookie("yiti-lang", "zh-CN"))
                        .param("version", String.valueOf(draft.version()))
                        .param("productId", String.valueOf(p.id()))
                        .param("quantity", "1e20"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("数量须小于 10,000,000。")));
        mvc.perform(post("/orders/" + draft.id() + "/lines")
                        .with(users.as("sales1"))
                        .with(csrf())
                        .cookie(new Cookie("yiti-lang", "zh-CN"))
                        .param("version", String.valueOf(draft.version()))
                        .param("quantity", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("必填。")))
                .andExpect(content().string(not(containsString("不能为null"))));
        mvc.perform(get("/orders/" + draft.id()).with(users.as("sales1"))).andExpect(status().isOk());
    }
}
