package com.yiti.customer.web;

import com.yiti.integration.FeedSource;
import com.yiti.integration.FeedSource.FeedColumn;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Customers in the data-warehouse feed (decision 038): the dimension every fact table points at. */
@Configuration(proxyBeanMethods = false)
class CustomerFeed {

    @Bean
    FeedSource customersFeed() {
        return FeedSource.of(
                "customers",
                "A customer (account)",
                "cus_customer",
                "updated_at",
                List.of(
                        FeedColumn.of("id", "integer", "the customer's id"),
                        FeedColumn.of("code", "text", "the customer's own code, if any"),
                        FeedColumn.of("name", "text", "the registered name"),
                        FeedColumn.of("credit_code", "text", "统一社会信用代码"),
                        FeedColumn.of("industry", "text", "as entered"),
                        FeedColumn.of("tier", "text", "A, B, C (or empty)"),
                        FeedColumn.of("region", "text", "as entered"),
                        FeedColumn.of("owner_id", "integer", "the rep (user id)"),
                        FeedColumn.of("payment_terms_days", "integer", "days to pay"),
                        FeedColumn.of("currency", "text", "ISO 4217"),
                        FeedColumn.of("credit_limit", "decimal", "empty: none"),
                        FeedColumn.of("status", "text", "PROSPECT, ACTIVE, INACTIVE"),
                        FeedColumn.of("created_at", "timestamp", "when created")));
    }
}
