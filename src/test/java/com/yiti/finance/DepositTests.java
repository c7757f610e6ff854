package com.yiti.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.yiti.customer.CustomerView;
import com.yiti.inventory.ProductType;
import com.yiti.inventory.ProductView;
import com.yiti.order.OrderManagement;
import com.yiti.order.OrderView;
import com.yiti.order.TimelineEntry;
import com.yiti.order.TimelineType;
import com.yiti.shared.BusinessRuleException;
import com.yiti.support.CrmFixtures;
import com.yiti.support.OrderFixtures;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Deposits (预收款/定金, issue 18): money received for an order before delivery is held as the customer's credit —
 * not spent on the customer's other invoices — and pays the order's invoice when it is issued.
 */
@YitiTest
class DepositTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    PaymentManagement payments;

    @Autowired
    ReceivablesManagement receivables;

    @Autowired
    LedgerManagement ledger;

    @Autowired
    OrderManagement orders;

    @Autowired
    OrderFixtures fixtures;

    @Autowired
    CrmFixtures crm;

    @Autowired
    TestUsers users;

    InvoiceView invoiceOf(long orderId) {
        return InvoiceAwait.invoiceOf(users, receivables, orderId);
    }

    OrderView confirmed(CustomerView c, ProductView p, String qty) {
        OrderView draft = fixtures.draft("sales1", c.id(), p, qty);
        return users.runAs("sales1", () -> orders.confirm(draft.id(), null));
    }

    @Test
    void aDepositWaitsForItsOrdersInvoiceAndPaysIt() {
        ProductView p = fixtures.product(ProductType.BOUGHT, "100.00", 3, "20");
        CustomerView customer = crm.customerOf("sales1");
        // an older invoice of the customer stays open: the deposit is not for it
        OrderView older = confirmed(customer, p, "1");
        users.runAs(
                "warehouse",
                () -> fixtures.ship(older.id(), older.lines().get(0).id(), "1", "SF-DEP-1"));
        InvoiceView olderInvoice = invoiceOf(older.id());

        OrderView order = confirmed(customer, p, "3"); // ¥339.00
        PaymentView deposit = users.runAs(
                "finance",
                () -> payments.recordPayment(new NewPayment(
                        customer.id(),
                        TODAY,
                        new BigDecimal("100.00"),
                        PaymentMethod.BANK_TRANSFER,
                        "定金 30%",
                        true,
                        Map.of(),
                        order.id())));
        assertThat(deposit.deposit()).isTrue();
        assertThat(deposit.orderNumber()).isEqualTo(order.number());
        assertThat(deposit.unallocated()).as("held for the order").isEqualByComparingTo("100.00");
        assertThat(users.runAs("finance", () -> receivables.invoice(olderInvoice.id()))
                        .paid())
                .isZero();
        assertThat(users.runAs("sales1", () -> orders.timeline(order.id(), 0)))
                .extracting(TimelineEntry::type)
                .contains(TimelineType.DEPOSIT_RECEIVED);

        users.runAs(
                "warehouse",
                () -> fixtures.ship(order.id(), order.lines().get(0).id(), "3", "SF-DEP-2"));
        InvoiceView invoice = invoiceOf(order.id());
        assertThat(invoice.paid()).isEqualByComparingTo("100.00");
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(users.runAs("finance", () -> payments.payment(deposit.id())).unallocated())
                .isZero();
        assertThat(users.runAs("finance", () -> ledger.violations())).isEmpty();
    }

    @Test
    void aDepositIsForTheCustomersOwnOpenOrder() {
        ProductView p = fixtures.product(ProductType.BOUGHT, "100.00", 3, "5");
        CustomerView mine = crm.customerOf("sales1");
        CustomerView other = crm.customerOf("sales2");
        OrderView order = confirmed(mine, p, "1");
        assertThatThrownBy(() -> users.runAs(
                        "finance",
                        () -> payments.recordPayment(new NewPayment(
                                other.id(),
                                TODAY,
                                BigDecimal.TEN,
                                PaymentMethod.BANK_TRANSFER,
                                null,
                                false,
                                Map.of(),
                                order.id()))))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.field()).isEqualTo("orderId");
                    assertThat(e.code()).isEqualTo("finance.depositOrderUnknown");
                });
        users.runAs("sales1", () -> orders.cancel(order.id(), "客户取消 cancelled"));
        assertThatThrownBy(() -> users.runAs(
                        "finance",
                        () -> payments.recordPayment(new NewPayment(
                                mine.id(),
                                TODAY,
                                BigDecimal.TEN,
                                PaymentMethod.BANK_TRANSFER,
                                null,
                                false,
                                Map.of(),
                                order.id()))))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class, e -> assertThat(e.code()).isEqualTo("finance.depositOrderClosed"));
    }
}
