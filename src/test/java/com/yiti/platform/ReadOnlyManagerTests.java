package com.yiti.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The read-only MANAGER reads every department's pages but never opens a form whose only purpose is a change:
 * the form is refused (403), not only its post.
 */
@YitiTest
class ReadOnlyManagerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/finance/accounts/new",
                "/finance/accounts/1",
                "/finance/payments/new",
                "/suppliers/new",
                "/suppliers/1/edit",
                "/tickets/new",
                "/customers/new",
                "/leads/new",
                "/opportunities/new",
                "/quotations/new",
                "/orders/new",
                "/products/new",
                "/stock/adjust",
                "/admin/users/new"
            })
    void writeFormsAreRefusedToTheReadOnlyManager(String form) throws Exception {
        int status = mvc.perform(get(form).with(users.as("manager")))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).as(form).isEqualTo(403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/finance/accounts", "/finance/payments", "/suppliers", "/tickets", "/orders"})
    void theListsStayReadable(String page) throws Exception {
        assertThat(mvc.perform(get(page).with(users.as("manager")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as(page)
                .isEqualTo(200);
    }
}
