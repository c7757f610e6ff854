package com.yiti.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.finance.FinanceHistory;
import com.yiti.finance.InvoiceFilter;
import com.yiti.finance.InvoiceView;
import com.yiti.finance.NewPayment;
import com.yiti.finance.PaymentMethod;
import com.yiti.finance.PaymentView;
import com.yiti.finance.ReceivablesManagement;
import com.yiti.inventory.ProductType;
import com.yiti.inventory.ProductView;
import com.yiti.platform.ChangeRow;
import com.yiti.support.CrmFixtures;
import com.yiti.support.OrderFixtures;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Found by outside testing: order and quotation lines were not in the change history, and orders, invoices and
 * payments had no history page. A changed discount now shows who changed it, when, from what to what.
 */
@YitiTest
class DocumentHistoryTests {

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
    QuotationManagement quotations;

    @Autowired
    DocumentHistory history;

    @Autowired
    FinanceHistory financeHistory;

    @Autowired
    ReceivablesManagement receivables;

    @org.springframework.beans.factory.annotation.Autowired
    com.yiti.finance.PaymentManagement paymentManagement;

    static boolean changed(List<ChangeRow> rows, String label, String before, String after) {
        return rows.stream()
                .flatMap(r -> r.changes().stream())
                .anyMatch(c -> c.label().equals(label)
                        && java.util.Objects.equals(c.before(), before)
                        && java.util.Objects.equals(c.after(), after));
    }

    @Test
    void aDiscountChangedOnAnOrderLineShowsWhoWhenAndFromWhatToWhat() throws Exception {
        ProductView p = fixtures.product(ProductType.BOUGHT, "100.00", 2, "10");
        OrderView draft = fixtures.draft("sales1", crm.customerOf("sales1").id(), p, 2);
        OrderView changed = users.runAs(
                "sales1",
                () -> orders.changeLine(
                        draft.id(),
                        draft.version(),
                        draft.lines().get(0).id(),
                        new LineData(p.id(), new BigDecimal("3"), null, new BigDecimal("10"))));
        users.runAs("sales1", () -> orders.confirm(draft.id(), null));

        List<ChangeRow> rows = users.runAs("sales1", () -> history.ofOrder(draft.id()));
        assertThat(changed(rows, "document.discountPct", "0", "10")).isTrue();
        assertThat(changed(rows, "document.quantity", "2", "3")).isTrue();
        assertThat(changed(rows, "common.status", "DRAFT", "CONFIRMED")).isTrue();
        assertThat(rows).allMatch(r -> "sales1".equals(r.by()));
        assertThat(rows.get(0).revision())
                .isGreaterThanOrEqualTo(rows.get(rows.size() - 1).revision());

        mvc.perform(get("/orders/" + draft.id() + "/history").with(users.as("sales1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"history-table\"")))
                .andExpect(content().string(containsString("#1 · " + p.sku())));
        mvc.perform(get("/orders/" + draft.id() + "/history").with(users.as("sales2")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/orders/" + draft.id() + "/changes").header("Authorization", "Bearer demo-sales1-key"))
                .andExpect(status().isOk());
        assertThat(changed.grossTotal()).isPositive();
    }

    @Test
    void aRemovedQuotationLineStaysInTheHistory() throws Exception {
        ProductView p = fixtures.product(ProductType.BOUGHT, "100.00", 2, "10");
        long customerId = crm.customerOf("sales1").id();
        QuotationView q = users.runAs(
                "sales1",
                () -> quotations.create(new QuotationData(customerId, null, fixtures.warehouse(), null, null)));
        QuotationView withLine = users.runAs(
                "sales1",
                () -> quotations.addLine(q.id(), q.version(), new LineData(p.id(), BigDecimal.ONE, null, null)));
        users.runAs(
                "sales1",
                () -> quotations.removeLine(
                        q.id(), withLine.version(), withLine.lines().get(0).id()));
        List<ChangeRow> rows = users.runAs("sales1", () -> history.ofQuotation(q.id()));
        assertThat(rows)
                .anyMatch(r -> r.type() == com.yiti.platform.AuditEntry.ChangeType.DELETED
                        && r.subject().contains(p.sku()));
        mvc.perform(get("/quotations/" + q.id() + "/history").with(users.as("sales1")))
                .andExpect(status().isOk());
    }

    @Test
    void invoicesAndPaymentsHaveTheirHistoryWithAllocations() throws Exception {
        ProductView p = fixtures.product(ProductType.BOUGHT, "100.00", 2, "10");
        var customer = crm.customerOf("sales1");
        OrderView draft = fixtures.draft("sales1", customer.id(), p, 1);
        users.runAs("sales1", () -> orders.confirm(draft.id(), null));
        users.runAs(
                "warehouse",
                () -> fixtures.ship(draft.id(), draft.lines().get(0).id(), "1", "H-1"));
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> !invoices(draft.id()).isEmpty());
        InvoiceView invoice = invoices(draft.id()).get(0);
        PaymentView payment = users.runAs(
                "finance",
                () -> paymentManagement.recordPayment(new NewPayment(
                        customer.id(),
                        LocalDate.now(ZoneId.of("Asia/Shanghai")),
                        new BigDecimal("50.00"),
                        PaymentMethod.CASH,
                        "H",
                        false,
                        Map.of(invoice.id(), new BigDecimal("50.00")))));
        List<ChangeRow> ofInvoice = users.runAs("finance", () -> financeHistory.ofInvoice(invoice.id()));
        assertThat(changed(ofInvoice, "common.status", "ISSUED", "PARTIALLY_PAID"))
                .isTrue();
        assertThat(ofInvoice).anyMatch(r -> r.subject().equals(payment.number()));
        mvc.perform(get("/finance/invoices/" + invoice.id() + "/history").with(users.as("finance")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(payment.number())));
        mvc.perform(get("/finance/payments/" + payment.id() + "/history").with(users.as("finance")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(invoice.number())));
        mvc.perform(get("/finance/payments/" + payment.id() + "/history").with(users.as("sales1")))
                .andExpect(status().isForbidden());
    }

    List<InvoiceView> invoices(long orderId) {
        return users.runAs(
                "finance",
                () -> receivables
                        .invoices(new InvoiceFilter(null, null, null, false, orderId), PageRequest.of(0, 10))
                        .getContent());
    }
}
