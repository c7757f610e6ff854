package com.yiti.integration;

import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The AsyncAPI document names every published type with its data, made from the event classes. */
@YitiTest
class AsyncApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Test
    void theDocumentListsEveryEventTypeWithItsSchema() throws Exception {
        mvc.perform(get("/v3/asyncapi").with(users.as("warehouse")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.asyncapi").value("3.0.0"))
                // the catalogue is a contract: a renamed event class shows here first
                .andExpect(jsonPath("$.channels.*.address")
                        .value(contains(
                                "credit-note.issued",
                                "customer.changed",
                                "customer.created",
                                "invoice.issued",
                                "order.cancelled",
                                "order.confirmed",
                                "order.delivered",
                                "payment.received",
                                "shipment.dispatched",
                                "ticket.opened",
                                "ticket.resolved")))
                .andExpect(jsonPath("$.channels['order.confirmed'].bindings.amqp.exchange.name")
                        .value("yiti.events"))
                .andExpect(jsonPath("$.components.messages.OrderConfirmed.name").value("com.yiti.order.confirmed.v1"))
                .andExpect(jsonPath("$.components.schemas.OrderConfirmed.properties.grossTotal.type")
                        .value("number"))
                .andExpect(jsonPath("$.components.schemas.OrderConfirmed.required")
                        .value(contains("orderId", "customerId")))
                .andExpect(jsonPath("$.components.schemas.ShipmentDispatched.properties.lines.items.properties"
                                + ".quantity.type")
                        .value("number"))
                .andExpect(jsonPath("$.components.schemas.PaymentReceived.properties.paymentDate.format")
                        .value("date"));
        mvc.perform(get("/v3/asyncapi")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }
}
