package com.yiti.aftersales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.customer.CustomerManagement;
import com.yiti.customer.CustomerView;
import com.yiti.inventory.ProductType;
import com.yiti.inventory.ProductView;
import com.yiti.order.OrderManagement;
import com.yiti.order.OrderView;
import com.yiti.platform.TaskManagement;
import com.yiti.platform.TaskStatus;
import com.yiti.support.CrmFixtures;
import com.yiti.support.OrderFixtures;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Found by outside testing, as every user meets it: quantities pre-filled as "1.2E+2", an overdue first response
 * shown as time left, a ticket form that wanted an internal order id, amounts without ¥ and unformatted in hold
 * reasons, a journal without debit and credit headers, a payment's recorder labelled "created at", follow-up tasks that
 * did not say with whom.
 */
@YitiTest
class WhatUsersSeeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrderFixtures fixtures;

    @Autowired
    CrmFixtures crm;

    @Autowired
    TestUsers users;

    @Autowired
    OrderManagement orders;

    @Autowired
    TicketManagement tickets;

    @Autowired
    CustomerManagement customers;

    @Autowired
    com.yiti.customer.CreditTermsManagement creditTerms;

    @Autowired
    TaskManagement tasks;

    @Autowired
    JdbcTemplate jdbc;

    static final Cookie ZH = new Cookie("yiti-lang", "zh-CN");

    @Test
    void quantitiesArePrefilledPlainly() throws Exception {
        ProductView p = fixtures.product(ProductType.BOUGHT, "10.00", 2, "200");
        OrderView draft = fixtures.draft("sales1", crm.customerOf("sales1").id(), p, 120);
        users.runAs("sales1", () -> orders.confirm(draft.id(), null));
        mvc.perform(get("/fulfilment/orders/" + draft.id() + "/ship").with(users.as("warehouse")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"120\"")))
                .andExpect(content().string(not(containsString("E+"))));
        mvc.perform(get("/orders/" + draft.id() + "/lines/"
                                + draft.lines().get(0).id() + "/edit")
                        .with(users.as("sales1")))
                .andExpect(content().string(not(containsString("E+"))));
    }

    @Test
    void anOverdueFirstResponseSaysOverNotLeftAndTheTicketFormTakesTheOrderNumber() throws Exception {
        ProductView p = fixtures.product(ProductType.BOUGHT, "10.00", 2, "5");
        CustomerView customer = crm.customerOf("sales1");
        OrderView order = fixtures.draft("sales1", customer.id(), p, 1);
        String page = mvc.perform(post("/tickets/new")
                        .with(users.as("service"))
                        .with(csrf())
                        .param("customerId", String.valueOf(customer.id()))
                        .param("type", "COMPLAINT")
                        .param("priority", "URGENT")
                        .param("channel", "PHONE")
                        .param("subject", "设备异响")
                        .param("description", "客户来电")
                        .param("orderNumber", "SO-1999-999999"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("SO-1999-999999");
        String location = mvc.perform(post("/tickets/new")
                        .with(users.as("service"))
                        .with(csrf())
                        .param("customerId", String.valueOf(customer.id()))
                        .param("type", "COMPLAINT")
                        .param("priority", "URGENT")
                        .param("channel", "PHONE")
                        .param("subject", "设备异响")
                        .param("description", "客户来电")
                        .param("orderNumber", order.number().toLowerCase()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(users.runAs("service", () -> tickets.get(id)).orderId()).isEqualTo(order.id());

        // opened two weeks ago and never answered: the first response is overdue on any day the test runs (two days
        // back from a Sunday evening hold no working hour)
        jdbc.update(
                "update aft_ticket set opened_at = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(14))),
                id);
        mvc.perform(get("/tickets/" + id).with(users.as("service")).cookie(ZH))
                .andExpect(content().string(containsString("超时")))
                .andExpect(content().string(not(containsString("id=\"ticket-first-response\">剩余"))));
    }

    @Test
    void moneyReadsWithItsSignAndTheJournalWithItsSides() throws Exception {
        ProductView p = fixtures.product(ProductType.BOUGHT, "20000.00", 3, "10");
        CustomerView customer = crm.customerOf("sales1");
        users.runAs("finance", () -> {
            creditTerms.changeCreditTerms(customer.id(), new BigDecimal("1000"), 30);
            return null;
        });
        OrderView draft = fixtures.draft("sales1", customer.id(), p, 2);
        OrderView held = users.runAs("sales1", () -> orders.confirm(draft.id(), null));
        mvc.perform(get("/orders/" + held.id()).with(users.as("sales1")))
                .andExpect(content().string(containsString("¥45,200.00")))
                .andExpect(content().string(not(containsString("45200.00"))));
        mvc.perform(get("/finance/journal").with(users.as("finance")).cookie(ZH))
                .andExpect(content().string(containsString("借方")))
                .andExpect(content().string(containsString("贷方")));
        mvc.perform(get("/finance/trial-balance").with(users.as("finance")).cookie(ZH))
                .andExpect(content().string(containsString("贷方")))
                .andExpect(content().string(not(containsString("信用额度</th>"))));
    }

    @Test
    void aFollowUpTaskSaysWithWhom() {
        CustomerView customer = crm.customerOf("sales2");
        users.runAs("sales2", () -> activitiesCreate(customer.id()));
        var inbox = users.runAs(
                        "sales2", () -> tasks.inbox(users.current("sales2"), TaskStatus.OPEN, PageRequest.of(0, 500)))
                .getContent();
        assertThat(inbox)
                .anyMatch(t -> t.titleKey().equals("task.crm.followUpWith")
                        && t.titleArgs().contains(customer.name()));
    }

    @Autowired
    com.yiti.opportunity.ActivityManagement activities;

    Object activitiesCreate(long customerId) {
        return activities.create(new com.yiti.opportunity.ActivityData(
                com.yiti.opportunity.ActivityType.FOLLOW_UP,
                "发送报价单 send the quotation",
                null,
                customerId,
                null,
                null,
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")),
                null));
    }
}
