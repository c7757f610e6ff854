package com.yiti.finance.web;

import com.yiti.integration.FeedSource;
import com.yiti.integration.FeedSource.FeedColumn;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Finance's tables in the data-warehouse feed: invoices, credit notes, payments (decision 038). */
@Configuration(proxyBeanMethods = false)
class FinanceFeed {

    @Bean
    FeedSource invoicesFeed() {
        return source(
                "invoices",
                "An invoice to a customer (one per shipment), with what was credited and paid of it",
                "fin_invoice",
                "updated_at",
                List.of(
                        FeedColumn.of("id", "integer", "the invoice's id"),
                        FeedColumn.of("number", "text", "INV-…"),
                        FeedColumn.of("customer_id", "integer", "customers.id"),
                        FeedColumn.of("owner_id", "integer", "the customer's rep (user id) when invoiced"),
                        FeedColumn.of("order_id", "integer", "orders.id; empty for opening balances"),
                        FeedColumn.of("shipment_id", "integer", "the shipment invoiced"),
                        FeedColumn.of("invoice_date", "date", "the revenue day"),
                        FeedColumn.of("due_date", "date", "by the payment term"),
                        FeedColumn.of("currency", "text", "ISO 4217"),
                        FeedColumn.of("net_total", "decimal", "before VAT"),
                        FeedColumn.of("tax_total", "decimal", "VAT"),
                        FeedColumn.of("gross_total", "decimal", "net + VAT"),
                        FeedColumn.of("credited", "decimal", "gross credited by credit notes"),
                        FeedColumn.of("paid", "decimal", "gross settled by payments"),
                        FeedColumn.of(
                                "exchange_rate",
                                "decimal",
                                "CNY for one unit of the currency on the invoice's day (1 in CNY)"),
                        FeedColumn.of("net_book", "decimal", "the revenue booked in CNY (each line's net at the rate)"),
                        FeedColumn.of("book_open", "decimal", "what is still open in CNY as booked"),
                        FeedColumn.of("status", "text", "ISSUED, PARTIALLY_PAID, PAID, CREDITED"),
                        FeedColumn.of(
                                "opening", "boolean", "an open balance imported at go-live (not revenue of Yiti)")));
    }

    @Bean
    FeedSource creditNotesFeed() {
        return source(
                "credit-notes",
                "A credit note (红字发票) against an invoice: revenue taken back on its day",
                "fin_credit_note",
                "created_at",
                List.of(
                        FeedColumn.of("id", "integer", "the credit note's id"),
                        FeedColumn.of("number", "text", "CN-…"),
                        FeedColumn.of("invoice_id", "integer", "invoices.id"),
                        FeedColumn.of("customer_id", "integer", "customers.id"),
                        FeedColumn.of("note_date", "date", "the day revenue is taken back"),
                        FeedColumn.of("reason", "text", "why"),
                        FeedColumn.of("currency", "text", "ISO 4217"),
                        FeedColumn.of("net_total", "decimal", "before VAT, positive"),
                        FeedColumn.of("tax_total", "decimal", "VAT, positive"),
                        FeedColumn.of("gross_total", "decimal", "net + VAT, positive"),
                        FeedColumn.of("exchange_rate", "decimal", "the rate of the invoice it credits (1 in CNY)"),
                        FeedColumn.of("net_book", "decimal", "the revenue taken back in CNY")));
    }

    @Bean
    FeedSource paymentsFeed() {
        return source(
                "payments",
                "A customer's payment (回款) and how much of it is allocated to invoices",
                "fin_payment",
                "updated_at",
                List.of(
                        FeedColumn.of("id", "integer", "the payment's id"),
                        FeedColumn.of("number", "text", "PAY-…"),
                        FeedColumn.of("customer_id", "integer", "customers.id"),
                        FeedColumn.of("payment_date", "date", "the day the money came"),
                        FeedColumn.of("amount", "decimal", "received"),
                        FeedColumn.of("allocated", "decimal", "of it, set against invoices"),
                        FeedColumn.of("currency", "text", "ISO 4217"),
                        FeedColumn.of("exchange_rate", "decimal", "CNY for one unit on the payment's day (1 in CNY)"),
                        FeedColumn.of("method", "text", "BANK_TRANSFER, CASH, CARD")));
    }

    private static FeedSource source(
            String name, String description, String table, String changedAt, List<FeedColumn> columns) {
        return FeedSource.of(name, description, table, changedAt, columns);
    }
}
