package com.yiti.order;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.aftersales.TicketChannel;
import com.yiti.aftersales.TicketData;
import com.yiti.aftersales.TicketManagement;
import com.yiti.aftersales.TicketPriority;
import com.yiti.aftersales.TicketType;
import com.yiti.customer.CustomerManagement;
import com.yiti.inventory.ProductType;
import com.yiti.opportunity.ActivityData;
import com.yiti.opportunity.ActivityManagement;
import com.yiti.opportunity.ActivityType;
import com.yiti.support.CrmFixtures;
import com.yiti.support.OrderFixtures;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Reassigning a customer moves everything that hangs off it: the new owner reads its orders, quotations,
 * opportunities, activities and tickets at once; the old owner gets 404 (pages and API).
 */
@YitiTest
class OwnershipFollowsCustomerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    CrmFixtures crm;

    @Autowired
    OrderFixtures orders;

    @Autowired
    CustomerManagement customers;

    @Autowired
    QuotationManagement quotations;

    @Autowired
    ActivityManagement activities;

    @Autowired
    TicketManagement tickets;

    @Test
    void everythingOfAReassignedCustomerFollowsItToTheNewOwner() throws Exception {
        var customer = crm.customerOf("sales1");
        long sales2 = crm.customerOf("sales2").ownerId();
        var product = orders.product(ProductType.BOUGHT, "100.00", 3, "10");
        long order = orders.draft("sales1", customer.id(), product, "1").id();
        long quotation = users.runAs(
                        "sales1",
                        () -> quotations.create(new QuotationData(customer.id(), null, orders.warehouse(), null, null)))
                .id();
        long opportunity = crm.opportunityOf("sales1", customer.id(), new BigDecimal("1000.00"))
                .id();
        long activity = users.runAs(
                        "sales1",
                        () -> activities.create(new ActivityData(
                                ActivityType.CALL,
                                "Call about the order",
                                null,
                                customer.id(),
                                null,
                                null,
                                LocalDate.now().plusDays(1),
                                null)))
                .id();
        long ticket = users.runAs(
                        "sales1",
                        () -> tickets.open(new TicketData(
                                customer.id(),
                                null,
                                null,
                                null,
                                TicketType.QUESTION,
                                TicketPriority.LOW,
                                TicketChannel.PHONE,
                                "Where is it?",
                                "Asked by phone",
                                null)))
                .id();
        List<String> pages = List.of(
                "/customers/" + customer.id(),
                "/orders/" + order,
                "/quotations/" + quotation,
                "/opportunities/" + opportunity,
                "/tickets/" + ticket,
                "/api/v1/orders/" + order,
                "/api/v1/quotations/" + quotation,
                "/api/v1/opportunities/" + opportunity,
                "/api/v1/activities/" + activity,
                "/api/v1/tickets/" + ticket);
        for (String page : pages) {
            mvc.perform(get(page).with(users.as("sales2"))).andExpect(status().isNotFound());
        }

        users.runAs("salesmgr", () -> {
            customers.reassignOwner(customer.id(), sales2);
            return null;
        });

        for (String page : pages) {
            mvc.perform(get(page).with(users.as("sales2"))).andExpect(status().isOk());
            mvc.perform(get(page).with(users.as("sales1"))).andExpect(status().isNotFound());
        }
    }
}
