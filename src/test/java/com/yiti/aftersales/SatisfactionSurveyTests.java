package com.yiti.aftersales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.customer.ContactData;
import com.yiti.customer.CustomerManagement;
import com.yiti.customer.CustomerView;
import com.yiti.shared.BusinessRuleException;
import com.yiti.support.CrmFixtures;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The one-time satisfaction link: no sign-in, one answer, only a hash stored. */
@YitiTest
class SatisfactionSurveyTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    CrmFixtures crm;

    @Autowired
    CustomerManagement customers;

    @Autowired
    TicketManagement tickets;

    @Autowired
    SatisfactionSurvey survey;

    @Autowired
    JdbcTemplate jdbc;

    TicketView resolvedTicketOf(CustomerView customer) {
        return users.runAs("service", () -> {
            TicketView t = tickets.open(new TicketData(
                    customer.id(),
                    null,
                    null,
                    null,
                    TicketType.QUESTION,
                    TicketPriority.NORMAL,
                    TicketChannel.EMAIL,
                    "操作问题 How to",
                    "客户询问",
                    null));
            return tickets.changeStatus(t.id(), t.version(), TicketStatus.RESOLVED, "explained", null, null);
        });
    }

    @Test
    void theCustomerAnswersOnceThroughTheLinkWithoutSigningIn() throws Exception {
        CustomerView customer = crm.customerOf("sales1");
        users.runAs(
                "sales1",
                () -> customers.addContact(
                        customer.id(), new ContactData("李女士", null, null, null, "li@example.cn", null, true)));
        TicketView t = resolvedTicketOf(customer);
        String token = users.runAs("service", () -> survey.createLink(t.id()));
        assertThat(jdbc.queryForObject("select count(*) from aft_csat_link where token_hash = ?", Integer.class, token))
                .as("the token itself is never stored")
                .isZero();

        mvc.perform(get("/csat/" + token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("csat-form")));
        mvc.perform(post("/csat/" + token).with(csrf()).param("score", "6"))
                .andExpect(content().string(containsString("Satisfaction is a score from 1 to 5.")));
        mvc.perform(post("/csat/" + token).with(csrf()).param("score", "4").param("comment", "师傅很专业"))
                .andExpect(content().string(containsString("csat-thanks")));
        TicketView rated = users.runAs("service", () -> tickets.get(t.id()));
        assertThat(rated.csat()).isEqualTo(4);
        assertThat(rated.csatComment()).isEqualTo("师傅很专业");
        mvc.perform(get("/csat/" + token)).andExpect(content().string(containsString("csat-invalid")));
        mvc.perform(post("/csat/" + token).with(csrf()).param("score", "1"))
                .andExpect(content().string(containsString("csat-invalid")));
        assertThat(users.runAs("service", () -> tickets.get(t.id())).csat()).isEqualTo(4);
        mvc.perform(get("/csat/not-a-token")).andExpect(content().string(containsString("csat-invalid")));
    }

    @Test
    void noEmailNoLink() {
        CustomerView customer = crm.customerOf("sales1");
        TicketView t = resolvedTicketOf(customer);
        assertThatThrownBy(() -> users.runAs("service", () -> survey.createLink(t.id())))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("csat.noEmail");
        assertThatThrownBy(() -> users.runAs("sales1", () -> survey.createLink(t.id())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void aForgedHostHeaderNeverBecomesTheHostOfTheCustomersLink() throws Exception {
        CustomerView customer = crm.customerOf("sales1");
        users.runAs(
                "sales1",
                () -> customers.addContact(
                        customer.id(), new ContactData("王先生", null, null, null, "wang@example.cn", null, true)));
        TicketView t = resolvedTicketOf(customer);
        Object link = mvc.perform(post("http://evil.example/tickets/" + t.id() + "/csat-link")
                        .header("Host", "evil.example")
                        .header("X-Forwarded-Host", "evil.example")
                        .with(users.as("service"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getFlashMap()
                .get("csatLink");
        assertThat(link).asString().startsWith("http://localhost:8080/csat/").doesNotContain("evil");
    }
}
