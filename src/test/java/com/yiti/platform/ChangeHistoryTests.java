package com.yiti.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.customer.ContactData;
import com.yiti.customer.CustomerManagement;
import com.yiti.inventory.InventoryManagement;
import com.yiti.inventory.ProductData;
import com.yiti.inventory.ProductType;
import com.yiti.inventory.ProductView;
import com.yiti.support.CrmFixtures;
import com.yiti.support.OrderFixtures;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.math.BigDecimal;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The records the assessment found without history now keep one (Envers): products (list price, cost), contacts,
 * activities, API keys; users' roles already did. Who changed what is answerable.
 */
@YitiTest
class ChangeHistoryTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    OrderFixtures orders;

    @Autowired
    CrmFixtures crm;

    @Autowired
    InventoryManagement inventory;

    @Autowired
    com.yiti.inventory.ProductCatalog catalog;

    @Autowired
    CustomerManagement customers;

    @Autowired
    com.yiti.platform.internal.AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    com.yiti.opportunity.ActivityManagement activities;

    @Test
    void aProductsPriceAndCostChangesShowWhoAndWhen() throws Exception {
        ProductView p = orders.product(ProductType.BOUGHT, "100.00", 3, "0");
        users.runAs(
                "purchasing",
                () -> catalog.updateProduct(
                        p.id(),
                        p.version(),
                        new ProductData(
                                p.sku(),
                                p.nameZh(),
                                p.nameEn(),
                                p.unit(),
                                p.type(),
                                new BigDecimal("120.00"),
                                new BigDecimal("12"),
                                p.taxRate(),
                                p.leadTimeDays(),
                                p.reorderPoint(),
                                p.reorderQuantity(),
                                true)));
        mvc.perform(get("/products/" + p.id() + "/history").with(users.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("purchasing")))
                .andExpect(content().string(containsString("120")));
        mvc.perform(get("/products/" + p.id() + "/history").with(users.as("sales1")))
                .andExpect(status().isForbidden());
    }

    @Test
    void contactsActivitiesAndApiKeysKeepTheirHistory() {
        var customer = crm.customerOf("sales1");
        var contact = users.runAs(
                "sales1",
                () -> customers.addContact(
                        customer.id(), new ContactData("赵经理", "采购", null, null, "zhao@example.cn", null, true)));
        users.runAs(
                "sales1",
                () -> customers.updateContact(
                        customer.id(),
                        contact.id(),
                        contact.version(),
                        new ContactData("赵经理", "采购总监", null, null, "zhao@example.cn", null, true)));
        assertThat(jdbc.queryForList(
                        "select a.title from cus_contact_aud a join plt_revision r on r.id = a.rev where a.id = ?"
                                + " and r.username = 'sales1' order by a.rev",
                        String.class,
                        contact.id()))
                .containsExactly("采购", "采购总监");

        var user = users.create(EnumSet.of(Role.SALES_REP));
        users.runAs(user.username(), () -> accounts.createApiKey(user.username(), "ERP link"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from plt_api_key_aud a join plt_api_key k on k.id = a.id"
                                + " where k.user_id = ? and a.name = 'ERP link'",
                        Integer.class,
                        user.id()))
                .isEqualTo(1);
        long activity = users.runAs(
                        "sales1",
                        () -> activities.create(new com.yiti.opportunity.ActivityData(
                                com.yiti.opportunity.ActivityType.CALL,
                                "Price call",
                                null,
                                customer.id(),
                                null,
                                null,
                                java.time.LocalDate.now().plusDays(2),
                                null)))
                .id();
        users.runAs("sales1", () -> activities.complete(activity));
        assertThat(jdbc.queryForList(
                        "select done from opp_activity_aud where id = ? order by rev", Boolean.class, activity))
                .containsExactly(false, true);
    }
}
