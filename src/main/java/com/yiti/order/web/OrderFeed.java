package com.yiti.order.web;

import com.yiti.integration.FeedSource;
import com.yiti.integration.FeedSource.FeedColumn;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Orders and shipments in the data-warehouse feed (decision 038). */
@Configuration(proxyBeanMethods = false)
class OrderFeed {

    @Bean
    FeedSource ordersFeed() {
        return FeedSource.of(
                "orders",
                "A sales order (销售订单) with its totals and where it stands",
                "ord_sales_order",
                "updated_at",
                List.of(
                        FeedColumn.of("id", "integer", "the order's id"),
                        FeedColumn.of("number", "text", "SO-…"),
                        FeedColumn.of("customer_id", "integer", "customers.id"),
                        FeedColumn.of("owner_id", "integer", "the rep (user id)"),
                        FeedColumn.of("warehouse_id", "integer", "the warehouse it ships from"),
                        FeedColumn.of(
                                "status",
                                "text",
                                "DRAFT, CREDIT_HOLD, CONFIRMED, PARTIALLY_SHIPPED, SHIPPED, DELIVERED, CLOSED, CANCELLED"),
                        FeedColumn.of("customer_reference", "text", "the customer's PO number"),
                        FeedColumn.of("promised_date", "date", "promised delivery"),
                        FeedColumn.of("net_total", "decimal", "before VAT"),
                        FeedColumn.of("tax_total", "decimal", "VAT"),
                        FeedColumn.of("gross_total", "decimal", "net + VAT"),
                        FeedColumn.of("currency", "text", "ISO 4217: the customer's, every amount is in it"),
                        FeedColumn.of("exchange_rate", "decimal", "CNY for one unit when it was written (1 in CNY)"),
                        FeedColumn.of("confirmed_at", "timestamp", "when confirmed"),
                        FeedColumn.of("cancelled_at", "timestamp", "when cancelled"),
                        FeedColumn.of("created_at", "timestamp", "when created")));
    }

    @Bean
    FeedSource orderLinesFeed() {
        return FeedSource.of(
                "order-lines",
                "A line of a sales order: what was ordered, at what price, and how much is reserved, shipped, cancelled",
                "ord_order_line",
                "updated_at",
                List.of(
                        FeedColumn.of("id", "integer", "the line's id"),
                        FeedColumn.of("order_id", "integer", "orders.id"),
                        FeedColumn.of("line_no", "integer", "its place on the order"),
                        FeedColumn.of("product_id", "integer", "products.id"),
                        FeedColumn.of("quantity", "decimal", "ordered"),
                        FeedColumn.of("unit_price", "decimal", "before discount and VAT"),
                        FeedColumn.of("discount_pct", "decimal", "percent"),
                        FeedColumn.of("tax_rate", "decimal", "VAT rate, 0.13 is 13%"),
                        FeedColumn.of("net_amount", "decimal", "after discount, before VAT"),
                        FeedColumn.of("tax_amount", "decimal", "VAT"),
                        FeedColumn.of("gross_amount", "decimal", "net + VAT"),
                        FeedColumn.of("reserved_quantity", "decimal", "held in stock for it now"),
                        FeedColumn.of("shipped_quantity", "decimal", "shipped"),
                        FeedColumn.of("cancelled_quantity", "decimal", "cancelled"),
                        FeedColumn.of("returned_quantity", "decimal", "returned by the customer"),
                        FeedColumn.of("promised_date", "date", "promised delivery of this line")));
    }

    @Bean
    FeedSource shipmentsFeed() {
        return FeedSource.of(
                "shipments",
                "A shipment (发货单) of an order from a warehouse",
                "ord_shipment",
                "updated_at",
                List.of(
                        FeedColumn.of("id", "integer", "the shipment's id"),
                        FeedColumn.of("number", "text", "SH-…"),
                        FeedColumn.of("order_id", "integer", "orders.id"),
                        FeedColumn.of("warehouse_id", "integer", "the warehouse"),
                        FeedColumn.of("carrier", "text", "as entered"),
                        FeedColumn.of("tracking_number", "text", "the carrier's number"),
                        FeedColumn.of("status", "text", "DISPATCHED, DELIVERED"),
                        FeedColumn.of("dispatched_at", "timestamp", "when it left"),
                        FeedColumn.of("delivered_on", "date", "when it arrived"),
                        FeedColumn.of("invoiced_at", "timestamp", "when invoiced")));
    }
}
