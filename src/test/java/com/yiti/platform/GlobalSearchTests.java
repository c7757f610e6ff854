package com.yiti.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.yiti.customer.CustomerView;
import com.yiti.finance.InvoiceFilter;
import com.yiti.finance.InvoiceView;
import com.yiti.finance.ReceivablesManagement;
import com.yiti.inventory.ProductType;
import com.yiti.inventory.ProductView;
import com.yiti.order.OrderManagement;
import com.yiti.order.OrderView;
import com.yiti.support.CrmFixtures;
import com.yiti.support.OrderFixtures;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Found by outside testing: the search found customers and contacts only, for sales roles only. Now every role finds
 * document numbers, SKUs and names within its scope, each hit linking to a page that role may open.
 */
@YitiTest
class GlobalSearchTests {

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
    ReceivablesManagement receivables;

    String search(String user, String q) throws Exception {
        return mvc.perform(get("/search").param("q", q).with(users.as(user)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void eachRoleFindsDocumentsAndProductsWithinItsScope() throws Exception {
        ProductView p = fixtures.product(ProductType.BOUGHT, "10.00", 2, "10");
        CustomerView customer = crm.customerOf("sales1");
        OrderView order = fixtures.draft("sales1", customer.id(), p, 1);
        users.runAs("sales1", () -> orders.confirm(order.id(), null));

        assertThat(search("sales1", order.number())).contains("href=\"/orders/" + order.id() + "\"");
        assertThat(search("sales2", order.number())).doesNotContain("href=\"/orders/" + order.id() + "\"");
        assertThat(search("warehouse", order.number()))
                .contains("href=\"/fulfilment/orders/" + order.id() + "/ship\"")
                .doesNotContain("href=\"/orders/" + order.id() + "\"");
        for (String role : new String[] {"sales1", "warehouse", "production", "purchasing", "finance", "service"}) {
            assertThat(search(role, p.sku())).as(role).contains("href=\"/products/" + p.id() + "\"");
        }

        users.runAs(
                "warehouse",
                () -> fixtures.ship(order.id(), order.lines().get(0).id(), "1", "S-1"));
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> !invoices(order.id()).isEmpty());
        InvoiceView invoice = invoices(order.id()).get(0);
        assertThat(search("finance", invoice.number())).contains("href=\"/finance/invoices/" + invoice.id() + "\"");
        assertThat(search("sales1", invoice.number())).contains("href=\"/orders/" + order.id() + "\"");
        assertThat(search("warehouse", invoice.number())).doesNotContain(invoice.number() + "</a>");
    }

    @Test
    void serviceFindsTicketsAndPurchasingFindsPurchaseOrdersAndSuppliers() throws Exception {
        // the demo data has tickets (TK-), a purchase order (PO-) and suppliers
        assertThat(search("service", "TK-")).contains("href=\"/tickets/");
        assertThat(search("purchasing", "PO-")).contains("href=\"/purchasing/orders/");
        assertThat(search("sales1", "PO-")).doesNotContain("href=\"/purchasing/orders/");
        assertThat(search("warehouse", "RMA-")).contains("href=\"/returns/");
        assertThat(search("sales1", "x")).contains("id=\"search-empty\"");
    }

    java.util.List<InvoiceView> invoices(long orderId) {
        return users.runAs(
                "finance",
                () -> receivables
                        .invoices(new InvoiceFilter(null, null, null, false, orderId), PageRequest.of(0, 10))
                        .getContent());
    }
}
