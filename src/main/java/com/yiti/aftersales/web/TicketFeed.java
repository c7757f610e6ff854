package com.yiti.aftersales.web;

import com.yiti.integration.FeedSource;
import com.yiti.integration.FeedSource.FeedColumn;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Service tickets in the data-warehouse feed (decision 038). */
@Configuration(proxyBeanMethods = false)
class TicketFeed {

    @Bean
    FeedSource ticketsFeed() {
        return FeedSource.of(
                "tickets",
                "A service ticket (服务工单) with its SLA outcome and rating",
                "aft_ticket",
                "updated_at",
                List.of(
                        FeedColumn.of("id", "integer", "the ticket's id"),
                        FeedColumn.of("number", "text", "TK-…"),
                        FeedColumn.of("customer_id", "integer", "customers.id"),
                        FeedColumn.of("order_id", "integer", "orders.id, if about an order"),
                        FeedColumn.of("product_id", "integer", "products.id, if about a product"),
                        FeedColumn.of("type", "text", "the kind of request"),
                        FeedColumn.of("priority", "text", "LOW, NORMAL, HIGH"),
                        FeedColumn.of("channel", "text", "how it came in"),
                        FeedColumn.of("status", "text", "NEW, IN_PROGRESS, WAITING_FOR_CUSTOMER, RESOLVED, CLOSED"),
                        FeedColumn.of("opened_at", "timestamp", "when opened"),
                        FeedColumn.of("first_responded_at", "timestamp", "first answer to the customer"),
                        FeedColumn.of("resolved_at", "timestamp", "when resolved"),
                        FeedColumn.of("closed_at", "timestamp", "when closed"),
                        FeedColumn.of("resolution_minutes", "integer", "business minutes to resolve"),
                        FeedColumn.of("sla_met", "boolean", "resolved within its target"),
                        FeedColumn.of("root_cause", "text", "as traced"),
                        FeedColumn.of("csat", "integer", "the customer's rating, 1 to 5")));
    }
}
