package com.yiti.inventory.web;

import com.yiti.integration.FeedSource;
import com.yiti.integration.FeedSource.FeedColumn;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Products and stock moves in the data-warehouse feed (decision 038). */
@Configuration(proxyBeanMethods = false)
class ProductFeed {

    @Bean
    FeedSource productsFeed() {
        return FeedSource.of(
                "products",
                "A product (物料) with its prices and planning figures",
                "inv_product",
                "updated_at",
                List.of(
                        FeedColumn.of("id", "integer", "the product's id"),
                        FeedColumn.of("sku", "text", "the product code"),
                        FeedColumn.of("name_zh", "text", "Chinese name"),
                        FeedColumn.of("name_en", "text", "English name"),
                        FeedColumn.of("unit", "text", "unit of measure"),
                        FeedColumn.of("type", "text", "MADE, BOUGHT"),
                        FeedColumn.of("category_id", "integer", "its category"),
                        FeedColumn.of("list_price", "decimal", "before VAT"),
                        FeedColumn.of("standard_cost", "decimal", "per unit"),
                        FeedColumn.of("tax_rate", "decimal", "VAT rate, 0.13 is 13%"),
                        FeedColumn.of("lead_time_days", "integer", "to make or buy"),
                        FeedColumn.of("reorder_point", "decimal", "available below it: reorder"),
                        FeedColumn.of("active", "boolean", "still sold")));
    }

    @Bean
    FeedSource stockMovesFeed() {
        return FeedSource.of(
                "stock-moves",
                "A movement of stock (库存流水) in or out of a warehouse: never changed once made",
                "inv_stock_move",
                "moved_at",
                List.of(
                        FeedColumn.of("id", "integer", "the move's id"),
                        FeedColumn.of("product_id", "integer", "products.id"),
                        FeedColumn.of("warehouse_id", "integer", "the warehouse"),
                        FeedColumn.of("quantity", "decimal", "positive in, negative out"),
                        FeedColumn.of(
                                "reason",
                                "text",
                                "RECEIPT, SHIPMENT, PRODUCTION_OUTPUT, ADJUSTMENT, RETURN, TRANSFER_OUT, TRANSFER_IN, SUPPLIER_RETURN,"
                                        + " PRODUCTION_ISSUE"),
                        FeedColumn.of("reference", "text", "the document (SH-…, PO-…, MO-…)"),
                        FeedColumn.of("unit_cost", "decimal", "cost per unit of the move"),
                        FeedColumn.of("move_value", "decimal", "quantity × unit cost"),
                        FeedColumn.of("moved_by", "text", "who"),
                        FeedColumn.of("moved_at", "timestamp", "when")));
    }
}
