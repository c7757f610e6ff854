package com.yiti.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.yiti.customer.CustomerManagement;
import com.yiti.customer.CustomerView;
import com.yiti.inventory.InventoryManagement;
import com.yiti.inventory.ProductType;
import com.yiti.inventory.ProductView;
import com.yiti.order.FulfilmentManagement;
import com.yiti.order.OrderManagement;
import com.yiti.order.OrderStatus;
import com.yiti.order.OrderView;
import com.yiti.order.ShipmentData;
import com.yiti.order.ShipmentView;
import com.yiti.order.TimelineEntry;
import com.yiti.order.TimelineType;
import com.yiti.platform.TaskManagement;
import com.yiti.platform.TaskStatus;
import com.yiti.shared.BusinessRuleException;
import com.yiti.support.CrmFixtures;
import com.yiti.support.OrderFixtures;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/** Credit control, invoicing, payments, credit notes and the journal, through the facades as the people involved. */
@YitiTest
@EnableScenarios
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FinanceFlowTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    ReceivablesManagement receivables;

    @org.springframework.beans.factory.annotation.Autowired
    com.yiti.finance.PaymentManagement paymentManagement;

    @org.springframework.beans.factory.annotation.Autowired
    com.yiti.finance.CreditControl creditControl;

    @Autowired
    com.yiti.finance.ReceivablesPosition position;

    @Autowired
    LedgerManagement ledger;

    @Autowired
    OrderManagement orders;

    @Autowired
    FulfilmentManagement fulfilment;

    @Autowired
    CustomerManagement customers;

    @Autowired
    com.yiti.customer.CreditTermsManagement creditTerms;

    @Autowired
    InventoryManagement inventory;

    @Autowired
    TaskManagement tasks;

    @Autowired
    OrderFixtures fixtures;

    @Autowired
    CrmFixtures crm;

    @Autowired
    TestUsers users;

    CustomerView customerWithLimit(String limit) {
        CustomerView c = crm.customerOf("sales1");
        users.runAs("finance", () -> {
            creditTerms.changeCreditTerms(c.id(), limit == null ? null : new BigDecimal(limit), 30);
            return null;
        });
        return c;
    }

    OrderView confirm(long id) {
        return users.runAs("sales1", () -> orders.confirm(id, null));
    }

    List<InvoiceView> invoicesOf(long orderId) {
        return users.runAs(
                "finance",
                () -> receivables
                        .invoices(new InvoiceFilter(null, null, null, false, orderId), PageRequest.of(0, 20))
                        .getContent());
    }

    List<TimelineType> timeline(long orderId) {
        return users.runAs("sales1", () -> orders.timeline(orderId, 0)).stream()
                .map(TimelineEntry::type)
                .toList();
    }

    ShipmentView shipAll(OrderView order, Scenario scenario) {
        OrderView current = users.runAs("sales1", () -> orders.get(order.id()));
        Map<Long, BigDecimal> reserved = new java.util.HashMap<>();
        current.lines().forEach(l -> reserved.put(l.id(), l.reservedQuantity()));
        ShipmentView[] shipped = new ShipmentView[1];
        scenario.stimulate(() -> shipped[0] = users.runAs(
                        "warehouse", () -> fulfilment.ship(order.id(), new ShipmentData(reserved, "顺丰", "SF-FIN"))))
                .andWaitForStateChange(
                        () -> invoicesOf(order.id()).stream()
                                .filter(i -> i.shipmentNumber().equals(shipped[0].number()))
                                .findFirst(),
                        java.util.Optional::isPresent)
                .andVerify(invoice -> assertThat(invoice).isPresent());
        return shipped[0];
    }

    @Test
    void anOrderOverTheLimitIsHeldWithoutReservingAndFinanceReleasesIt() {
        ProductView p = fixtures.product(ProductType.BOUGHT, "600.00", 3, "10");
        CustomerView customer = customerWithLimit("1000");
        OrderView draft = fixtures.draft("sales1", customer.id(), p, 2); // 1,356.00 gross
        OrderView held = confirm(draft.id());
        assertThat(held.status()).isEqualTo(OrderStatus.CREDIT_HOLD);
        assertThat(held.holdReasonKey()).isEqualTo("credit.hold.overLimit");
        assertThat(held.lines().get(0).reservedQuantity()).isZero();
        assertThat(inventory.balance(p.id(), fixtures.warehouse()).reserved()).isZero();
        assertThat(users.runAs(
                                "finance",
                                () -> tasks.inbox(users.current("finance"), TaskStatus.OPEN, PageRequest.of(0, 200)))
                        .getContent())
                .anyMatch(t -> t.titleArgs().contains(held.number()));
        assertThatThrownBy(() -> users.runAs("sales1", () -> creditControl.releaseHold(held.id(), "ok")))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> users.runAs("finance", () -> creditControl.releaseHold(held.id(), " ")))
                .isInstanceOf(BusinessRuleException.class);

        OrderView released = users.runAs("finance", () -> creditControl.releaseHold(held.id(), "客户已承诺付款 prepaid"));
        assertThat(released.status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(released.lines().get(0).reservedQuantity()).isEqualByComparingTo("2");
        assertThat(timeline(held.id()))
                .containsSubsequence(TimelineType.CREDIT_HOLD, TimelineType.CREDIT_RELEASED, TimelineType.CONFIRMED);
        assertThat(users.runAs(
                                "finance",
                                () -> tasks.inbox(users.current("finance"), TaskStatus.OPEN, PageRequest.of(0, 200)))
                        .getContent())
                .noneMatch(t -> t.titleArgs().contains(held.number()));
    }

    @Test
    void aRejectedHoldCancelsTheOrder() {
        ProductView p = fixtures.product(ProductType.BOUGHT, "100.00", 3, "10");
        CustomerView customer = customerWithLimit("0"); // prepayment only
        OrderView held = confirm(fixtures.draft("sales1", customer.id(), p, 1).id());
        assertThat(held.status()).isEqualTo(OrderStatus.CREDIT_HOLD);
        OrderView rejected = users.runAs("finance", () -> creditControl.rejectHold(held.id(), "prepayment required"));
        assertThat(rejected.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(timeline(held.id())).contains(TimelineType.CREDIT_REJECTED);

        // prepayment: money received first counts against the exposure, and the next order passes
        users.runAs(
                "finance",
                () -> paymentManagement.recordPayment(new NewPayment(
                        customer.id(),
                        TODAY,
                        new BigDecimal("113.00"),
                        PaymentMethod.BANK_TRANSFER,
                        "PRE",
                        true,
                        Map.of())));
        assertThat(confirm(fixtures.draft("sales1", customer.id(), p, 1).id()).status())
                .isEqualTo(OrderStatus.CONFIRMED);
    }

    @Test
    void twoOrdersAtOnceCannotBothSlipUnderOneRemainingLimit() throws Exception {
        ProductView p = fixtures.product(ProductType.BOUGHT, "1000.00", 3, "10");
        CustomerView customer = customerWithLimit("1500"); // room for one order of 1,130.00, not two
        for (int round = 0; round < 3; round++) {
            OrderView a = fixtures.draft("sales1", customer.id(), p, 1);
            OrderView b = fixtures.draft("sales1", customer.id(), p, 1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<OrderView>> results = new ArrayList<>();
            for (OrderView o : List.of(a, b)) {
                results.add(pool.submit(() -> {
                    start.await();
                    return users.runAs("sales1", () -> orders.confirm(o.id(), null));
                }));
            }
            start.countDown();
            List<OrderStatus> statuses = new ArrayList<>();
            for (Future<OrderView> r : results) {
                statuses.add(r.get(60, TimeUnit.SECONDS).status());
            }
            pool.shutdown();
            assertThat(statuses).containsExactlyInAnyOrder(OrderStatus.CONFIRMED, OrderStatus.CREDIT_HOLD);
            // make room again for the next round: cancel the confirmed one, reject the held one
            for (OrderView o : List.of(a, b)) {
                OrderView now = users.runAs("sales1", () -> orders.get(o.id()));
                if (now.status() == OrderStatus.CONFIRMED) {
                    users.runAs("sales1", () -> orders.cancel(o.id(), "test round"));
                } else {
                    users.runAs("finance", () -> creditControl.rejectHold(o.id(), "test round"));
                }
            }
        }
    }

    @Test
    void aCustomerOnMonthEndTermsGetsInvoicesDueThirtyDaysAfterTheMonthEnds(Scenario scenario) {
        ProductView p = fixtures.product(ProductType.BOUGHT, "10.00", 3, "10");
        CustomerView customer = customerWithLimit(null);
        users.runAs("finance", () -> {
            creditTerms.changeCreditTerms(customer.id(), null, null, null, "EOM30");
            return null;
        });
        try {
            assertThat(users.runAs("finance", () -> creditTerms.creditTerms(customer.id())))
                    .extracting(t -> t.paymentTermCode(), t -> t.paymentTermsDays())
                    .containsExactly("EOM30", 30);
            assertThatThrownBy(() -> users.runAs("finance", () -> {
                        creditTerms.changeCreditTerms(customer.id(), null, null, null, "NO-SUCH");
                        return null;
                    }))
                    .isInstanceOfSatisfying(
                            com.yiti.shared.BusinessRuleException.class,
                            e -> assertThat(e.field()).isEqualTo("paymentTermCode"));
            OrderView order =
                    confirm(fixtures.draft("sales1", customer.id(), p, 1).id());
            shipAll(order, scenario);
            InvoiceView invoice = invoicesOf(order.id()).get(0);
            assertThat(invoice.dueDate())
                    .isEqualTo(invoice.invoiceDate()
                            .with(java.time.temporal.TemporalAdjusters.lastDayOfMonth())
                            .plusDays(30));
        } finally {
            customerWithLimit(null);
        }
    }

    @Test
    void aShipmentIsInvoicedPaidInTwoPartsAndTheDeliveredOrderCloses(Scenario scenario) {
        ProductView p = fixtures.product(ProductType.BOUGHT, "333.33", 3, "10");
        CustomerView customer = customerWithLimit(null);
        OrderView order = confirm(fixtures.draft("sales1", customer.id(), p, 3).id());
        ShipmentView shipment = shipAll(order, scenario);

        InvoiceView invoice = invoicesOf(order.id()).get(0);
        // 3 × 333.33 = 999.99 net; 13% tax 129.9987 → 130.00; gross 1,129.99
        assertThat(invoice.netTotal()).isEqualByComparingTo("999.99");
        assertThat(invoice.taxTotal()).isEqualByComparingTo("130.00");
        assertThat(invoice.grossTotal()).isEqualByComparingTo("1129.99");
        assertThat(invoice.lines().stream().map(InvoiceView.Line::grossAmount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(invoice.grossTotal());
        assertThat(invoice.dueDate()).isEqualTo(invoice.invoiceDate().plusDays(30));
        assertThat(invoice.number()).matches("INV-\\d{4}-\\d{6}");
        assertThat(users.runAs("finance", () -> ledger.entriesOf(invoice.number())))
                .singleElement()
                .satisfies(e -> assertThat(e.debits()).isEqualByComparingTo("1129.99"));
        assertThat(users.runAs("finance", () -> ledger.entriesOf(shipment.number())))
                .as("cost of goods sold at standard cost")
                .singleElement()
                .satisfies(e -> assertThat(e.debits()).isEqualByComparingTo("30.00"));
        assertThat(timeline(order.id())).contains(TimelineType.INVOICED);

        // a sales rep sees their customer's invoice, not another rep's
        assertThat(users.runAs("sales1", () -> receivables.invoice(invoice.id()))
                        .id())
                .isEqualTo(invoice.id());
        assertThatThrownBy(() -> users.runAs("sales2", () -> receivables.invoice(invoice.id())))
                .isInstanceOf(com.yiti.shared.RecordNotFoundException.class);

        // bad payments are refused
        assertThatThrownBy(() -> users.runAs(
                        "finance",
                        () -> paymentManagement.recordPayment(new NewPayment(
                                customer.id(),
                                TODAY,
                                new BigDecimal("-5"),
                                PaymentMethod.BANK_TRANSFER,
                                null,
                                true,
                                Map.of()))))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("finance.paymentPositive");
        assertThatThrownBy(() -> users.runAs(
                        "finance",
                        () -> paymentManagement.recordPayment(new NewPayment(
                                customer.id(),
                                TODAY,
                                new BigDecimal("2000"),
                                PaymentMethod.BANK_TRANSFER,
                                null,
                                false,
                                Map.of(invoice.id(), new BigDecimal("1200"))))))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("finance.allocationAboveOpen");
        assertThat(users.runAs("finance", () -> position.exposure(customer.id()))
                        .creditBalance())
                .as("the refused payment left nothing behind")
                .isZero();

        PaymentView first = users.runAs(
                "finance",
                () -> paymentManagement.recordPayment(new NewPayment(
                        customer.id(),
                        TODAY,
                        new BigDecimal("500.00"),
                        PaymentMethod.BANK_TRANSFER,
                        "B-1",
                        true,
                        Map.of())));
        assertThat(first.allocated()).isEqualByComparingTo("500.00");
        assertThat(users.runAs("finance", () -> receivables.invoice(invoice.id()))
                        .status())
                .isEqualTo(InvoiceStatus.PARTIALLY_PAID);

        users.runAs("warehouse", () -> fulfilment.markDelivered(shipment.id(), shipment.version(), TODAY));
        assertThat(users.runAs("sales1", () -> orders.get(order.id())).status()).isEqualTo(OrderStatus.DELIVERED);

        PaymentView second = users.runAs(
                "finance",
                () -> paymentManagement.recordPayment(new NewPayment(
                        customer.id(), TODAY, new BigDecimal("700.00"), PaymentMethod.CASH, "B-2", true, Map.of())));
        assertThat(second.allocated()).isEqualByComparingTo("629.99");
        assertThat(second.unallocated())
                .as("over-payment: the customer's credit")
                .isEqualByComparingTo("70.01");
        assertThat(users.runAs("finance", () -> receivables.invoice(invoice.id()))
                        .status())
                .isEqualTo(InvoiceStatus.PAID);
        assertThat(users.runAs("sales1", () -> orders.get(order.id())).status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(timeline(order.id())).containsSubsequence(TimelineType.PAID, TimelineType.CLOSED);
        assertThat(users.runAs("finance", () -> position.exposure(customer.id()))
                        .creditBalance())
                .isEqualByComparingTo("70.01");

        // reversing an allocation reopens the invoice; nothing is deleted
        AllocationView allocation = second.allocations().get(0);
        PaymentView reversed =
                users.runAs("finance", () -> paymentManagement.reverseAllocation(allocation.id(), "wrong invoice"));
        assertThat(reversed.allocations())
                .singleElement()
                .satisfies(a -> assertThat(a.reversed()).isTrue());
        assertThat(users.runAs("finance", () -> receivables.invoice(invoice.id()))
                        .open())
                .isEqualByComparingTo("629.99");
        // the open amounts per due date, kept with every payment, allocation and reversal, equal the invoices summed
        assertThat(openByDueDateKept()).isEqualTo(openByDueDateRecomputed());
    }

    private java.util.Map<LocalDate, BigDecimal> openByDueDateKept() {
        java.util.Map<LocalDate, BigDecimal> rows = new java.util.TreeMap<>();
        jdbc.query("SELECT due_date, open_amount FROM fin_open_due WHERE open_amount <> 0", rs -> {
            rows.put(rs.getDate(1).toLocalDate(), rs.getBigDecimal(2).setScale(2));
        });
        return rows;
    }

    private java.util.Map<LocalDate, BigDecimal> openByDueDateRecomputed() {
        java.util.Map<LocalDate, BigDecimal> rows = new java.util.TreeMap<>();
        jdbc.query(
                "SELECT due_date, SUM(book_open) FROM fin_invoice"
                        + " WHERE status IN ('ISSUED', 'PARTIALLY_PAID') GROUP BY due_date"
                        + " HAVING SUM(book_open) <> 0",
                rs -> {
                    rows.put(rs.getDate(1).toLocalDate(), rs.getBigDecimal(2).setScale(2));
                });
        return rows;
    }

    @Test
    void aCreditNoteReducesTheReceivableAndCannotExceedIt(Scenario scenario) {
        ProductView p = fixtures.product(ProductType.BOUGHT, "50.00", 3, "10");
        CustomerView customer = customerWithLimit(null);
        OrderView order = confirm(fixtures.draft("sales1", customer.id(), p, 4).id());
        shipAll(order, scenario);
        InvoiceView invoice = invoicesOf(order.id()).get(0); // 200.00 + 26.00 = 226.00
        long line = invoice.lines().get(0).id();
        assertThatThrownBy(() -> users.runAs(
                        "finance",
                        () -> receivables.issueCreditNote(invoice.id(), Map.of(line, new BigDecimal("5")), "return")))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("finance.creditAboveInvoice");
        assertThatThrownBy(() ->
                        users.runAs("sales1", () -> receivables.issueCreditNote(invoice.id(), Map.of(), "return")))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        CreditNoteView one = users.runAs(
                "finance",
                () -> receivables.issueCreditNote(invoice.id(), Map.of(line, BigDecimal.ONE), "一件破损 damaged"));
        assertThat(one.grossTotal()).isEqualByComparingTo("56.50");
        assertThat(users.runAs("finance", () -> receivables.invoice(invoice.id()))
                        .open())
                .isEqualByComparingTo("169.50");
        CreditNoteView rest = users.runAs("finance", () -> receivables.issueCreditNote(invoice.id(), null, "all back"));
        assertThat(rest.grossTotal()).isEqualByComparingTo("169.50");
        assertThat(users.runAs("finance", () -> receivables.invoice(invoice.id()))
                        .status())
                .isEqualTo(InvoiceStatus.CREDITED);
        assertThat(timeline(order.id())).contains(TimelineType.CREDITED);
    }

    @Test
    void agingPutsAnOverdueInvoiceInItsBucketAndRaisesAFinanceTask(Scenario scenario) {
        ProductView p = fixtures.product(ProductType.BOUGHT, "10.00", 3, "10");
        CustomerView customer = customerWithLimit(null);
        OrderView order = confirm(fixtures.draft("sales1", customer.id(), p, 10).id());
        shipAll(order, scenario);
        InvoiceView invoice = invoicesOf(order.id()).get(0);
        com.yiti.support.InvoiceDueDates.move(jdbc, invoice.id(), TODAY.minusDays(45));
        AgingRow row = users.runAs("finance", () -> position.aging(TODAY)).stream()
                .filter(r -> r.customerId() == customer.id())
                .findFirst()
                .orElseThrow();
        assertThat(row.days31to60()).isEqualByComparingTo("113.00");
        assertThat(row.current()).isZero();
        assertThat(openByDueDateKept()).isEqualTo(openByDueDateRecomputed());
        assertThat(creditControl.refreshOverdueTasks()).isPositive();
        assertThat(users.runAs(
                                "finance",
                                () -> tasks.inbox(users.current("finance"), TaskStatus.OPEN, PageRequest.of(0, 500)))
                        .getContent())
                .anyMatch(t -> t.titleArgs().contains(invoice.number()));
        // overdue past the 30-day grace: the next order of this customer is held
        OrderView next = confirm(fixtures.draft("sales1", customer.id(), p, 1).id());
        assertThat(next.status()).isEqualTo(OrderStatus.CREDIT_HOLD);
        assertThat(next.holdReasonKey()).isEqualTo("credit.hold.overdue");
        users.runAs("finance", () -> creditControl.rejectHold(next.id(), "test"));
        Exposure exposure = users.runAs("sales1", () -> position.exposure(customer.id()));
        assertThat(exposure.overdueAmount()).isEqualByComparingTo("113.00");
        assertThat(exposure.daysOverdue()).isEqualTo(45);
        // the home card's overdue receivables: a rep's own invoices only (read from the owner's index), everyone's
        // for finance
        String open = "SELECT COUNT(*) FROM fin_invoice i WHERE i.status IN ('ISSUED', 'PARTIALLY_PAID')"
                + " AND i.due_date < ?";
        long ofSales1 = jdbc.queryForObject(
                open + " AND i.owner_id = (SELECT id FROM plt_user WHERE username = 'sales1')", Long.class, TODAY);
        long ofAll = jdbc.queryForObject(open, Long.class, TODAY);
        assertThat(users.runAs("sales1", () -> position.overdueInScope()).count())
                .isEqualTo(ofSales1)
                .isPositive();
        assertThat(users.runAs("finance", () -> position.overdueInScope()).count())
                .isEqualTo(ofAll)
                .isGreaterThan(
                        users.runAs("sales2", () -> position.overdueInScope()).count());
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** After everything above: every journal entry balances and so does the journal. */
    @AfterAll
    void theJournalBalances() {
        assertThat(ledger.violations()).isEmpty();
    }
}
