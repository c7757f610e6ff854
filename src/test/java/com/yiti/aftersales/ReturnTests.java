package com.yiti.aftersales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.yiti.customer.CustomerView;
import com.yiti.finance.InvoiceFilter;
import com.yiti.finance.InvoiceStatus;
import com.yiti.finance.InvoiceView;
import com.yiti.finance.JournalEntryView;
import com.yiti.finance.LedgerManagement;
import com.yiti.finance.NewPayment;
import com.yiti.finance.PaymentMethod;
import com.yiti.finance.ReceivablesManagement;
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
import com.yiti.purchasing.PurchasingManagement;
import com.yiti.purchasing.SupplierData;
import com.yiti.shared.BusinessRuleException;
import com.yiti.support.CrmFixtures;
import com.yiti.support.OrderFixtures;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.springframework.security.access.AccessDeniedException;

/**
 * Returns (RMA) end to end through the facades, as the people involved: service authorises, the warehouse receives
 * into stock or quarantine, finance credits (or a replacement order ships), with the stock ledger, the journal and
 * the order's timeline checked after each.
 */
@YitiTest
@EnableScenarios
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReturnTests {

    @Autowired
    ReturnManagement returns;

    @Autowired
    TicketManagement tickets;

    @Autowired
    OrderManagement orders;

    @Autowired
    FulfilmentManagement fulfilment;

    @Autowired
    ReceivablesManagement receivables;

    @org.springframework.beans.factory.annotation.Autowired
    com.yiti.finance.PaymentManagement paymentManagement;

    @Autowired
    com.yiti.finance.ReceivablesPosition position;

    @Autowired
    LedgerManagement ledger;

    @Autowired
    InventoryManagement inventory;

    @Autowired
    PurchasingManagement purchasing;

    @Autowired
    com.yiti.purchasing.SupplierManagement supplierManagement;

    @Autowired
    TaskManagement tasks;

    @Autowired
    OrderFixtures fixtures;

    @Autowired
    CrmFixtures crm;

    @Autowired
    TestUsers users;

    @Autowired
    com.yiti.approval.Approvals approvalRequests;

    record Sold(CustomerView customer, OrderView order, long lineId, ShipmentView shipment) {}

    /** Sells and ships this many units at 100.00 (13% tax, standard cost 10.00) and waits for the invoice. */
    Sold sold(ProductView p, int ordered, int shipped, Scenario scenario) {
        CustomerView customer = crm.customerOf("sales1");
        OrderView draft = fixtures.draft("sales1", customer.id(), p, ordered);
        OrderView order = users.runAs("sales1", () -> orders.confirm(draft.id(), null));
        long line = order.lines().get(0).id();
        ShipmentView[] shipment = new ShipmentView[1];
        scenario.stimulate(() -> shipment[0] = users.runAs(
                        "warehouse",
                        () -> fulfilment.ship(
                                order.id(),
                                new ShipmentData(Map.of(line, BigDecimal.valueOf(shipped)), "顺丰", "SF-RMA"))))
                .andWaitForStateChange(() -> invoicesOf(order.id()), list -> !list.isEmpty())
                .andVerify(list -> assertThat(list).hasSize(1));
        return new Sold(customer, order, line, shipment[0]);
    }

    List<InvoiceView> invoicesOf(long orderId) {
        return users.runAs(
                "finance",
                () -> receivables
                        .invoices(new InvoiceFilter(null, null, null, false, orderId), PageRequest.of(0, 20))
                        .getContent());
    }

    TicketView returnTicket(Sold sold, long productId) {
        return users.runAs(
                "service",
                () -> tickets.open(new TicketData(
                        sold.customer().id(),
                        null,
                        sold.order().id(),
                        productId,
                        TicketType.RETURN,
                        TicketPriority.NORMAL,
                        TicketChannel.PHONE,
                        "退货 Return",
                        "客户要求退货",
                        null)));
    }

    ReturnView authorize(TicketView ticket, long lineId, String quantity, ReturnReason reason, ReturnSettlement s) {
        return users.runAs(
                "service",
                () -> returns.authorize(
                        ticket.id(), new ReturnData(reason, s, null, Map.of(lineId, new BigDecimal(quantity)))));
    }

    ReturnView receive(ReturnView r, Disposition d) {
        return users.runAs(
                "warehouse",
                () -> returns.receive(
                        r.id(), r.version(), Map.of(r.lines().get(0).id(), d)));
    }

    List<TimelineType> timeline(long orderId) {
        return users.runAs("sales1", () -> orders.timeline(orderId, 0)).stream()
                .map(TimelineEntry::type)
                .toList();
    }

    BigDecimal returnedOn(long orderId) {
        return users.runAs("sales1", () -> orders.get(orderId)).lines().get(0).returnedQuantity();
    }

    boolean openTask(String username, String titleKey, String link) {
        return users
                .runAs(username, () -> tasks.inbox(users.current(username), TaskStatus.OPEN, PageRequest.of(0, 200)))
                .getContent()
                .stream()
                .anyMatch(t -> t.titleKey().equals(titleKey) && link.equals(t.link()));
    }

    @Test
    void aDefectReturnGoesToQuarantineIsCreditedAndCountsAgainstTheSupplier(Scenario scenario) {
        // bought from one supplier: 10 received
        ProductView p = fixtures.product(ProductType.BOUGHT, "100.00", 3, "0");
        long supplier = users.runAs(
                        "purchasing",
                        () -> supplierManagement.createSupplier(
                                new SupplierData(CrmFixtures.unique("供应商 Supplier"), null, null, null, 7, true)))
                .id();
        users.runAs("purchasing", () -> {
            var requisition = purchasing.requisitionReorder(p.id(), fixtures.warehouse(), new BigDecimal("10"));
            var po = purchasing.createPurchaseOrder(supplier, List.of(requisition.id()), null);
            var sent = purchasing.send(po.id(), po.version());
            return users.runAs(
                    "warehouse",
                    () -> purchasing.receive(
                            sent.id(), Map.of(sent.lines().get(0).id(), new BigDecimal("10")), null));
        });
        Sold sold = sold(p, 5, 5, scenario);
        InvoiceView invoice = invoicesOf(sold.order().id()).get(0); // 5 × 100 = 500.00 + 65.00 = 565.00
        assertThat(invoice.grossTotal()).isEqualByComparingTo("565.00");
        TicketView ticket = returnTicket(sold, p.id());

        ReturnView rma = authorize(ticket, sold.lineId(), "2", ReturnReason.DEFECT, ReturnSettlement.CREDIT);
        assertThat(rma.number()).matches("RMA-\\d{4}-\\d{6}");
        assertThat(rma.status()).isEqualTo(ReturnStatus.AUTHORIZED);
        assertThat(returnedOn(sold.order().id())).isEqualByComparingTo("2");
        assertThat(openTask("warehouse", "task.aftersales.returnExpected", "/returns/" + rma.id()))
                .isTrue();
        assertThatThrownBy(() -> users.runAs("sales1", () -> returns.receive(rma.id(), rma.version(), Map.of())))
                .isInstanceOf(AccessDeniedException.class);

        long quarantine = inventory.quarantineLocation().id();
        BigDecimal quarantinedBefore = inventory.balance(p.id(), quarantine).onHand();
        ReturnView received = receive(rma, Disposition.QUARANTINE);
        assertThat(received.status()).isEqualTo(ReturnStatus.RECEIVED);
        assertThat(received.lines().get(0).disposition()).isEqualTo(Disposition.QUARANTINE);
        var inQuarantine = inventory.balance(p.id(), quarantine);
        assertThat(inQuarantine.onHand().subtract(quarantinedBefore)).isEqualByComparingTo("2");
        assertThat(inventory.balance(p.id(), fixtures.warehouse()).onHand())
                .as("nothing back in the sellable warehouse")
                .isEqualByComparingTo("5");
        assertThatThrownBy(() ->
                        users.runAs("sales1", () -> inventory.reserve(p.id(), quarantine, BigDecimal.ONE, "SOL-TEST")))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("stock.quarantineNotAvailable");
        // the goods came back into inventory out of cost of goods sold, at standard cost (2 × 10.00)
        assertThat(users.runAs("finance", () -> ledger.entriesOf(rma.number())))
                .singleElement()
                .satisfies(e -> assertThat(e.debits()).isEqualByComparingTo("20.00"));
        assertThat(openTask("finance", "task.aftersales.returnToCredit", "/returns/" + rma.id()))
                .isTrue();
        assertThat(openTask("warehouse", "task.aftersales.returnExpected", "/returns/" + rma.id()))
                .isFalse();

        assertThatThrownBy(() -> users.runAs("service", () -> returns.credit(received.id(), received.version())))
                .isInstanceOf(AccessDeniedException.class);
        ReturnView credited = users.runAs("finance", () -> returns.credit(received.id(), received.version()));
        assertThat(credited.status()).isEqualTo(ReturnStatus.SETTLED);
        assertThat(credited.creditNotes()).matches("CN-\\d{4}-\\d{6}");
        InvoiceView after = users.runAs("finance", () -> receivables.invoice(invoice.id()));
        assertThat(after.credited()).isEqualByComparingTo("226.00"); // 2 × 100 + 13%
        assertThat(after.grossTotal().subtract(after.credited()).subtract(after.paid()))
                .isEqualByComparingTo("339.00");
        List<JournalEntryView> creditEntries = users.runAs("finance", () -> ledger.entriesOf(credited.creditNotes()));
        assertThat(creditEntries)
                .singleElement()
                .satisfies(e -> assertThat(e.debits()).isEqualByComparingTo("226.00"));
        assertThat(timeline(sold.order().id()))
                .containsSubsequence(
                        TimelineType.INVOICED,
                        TimelineType.RETURN_AUTHORIZED,
                        TimelineType.RETURN_RECEIVED,
                        TimelineType.CREDITED);
        assertThat(users.runAs("service", () -> returns.history(rma.id())))
                .extracting(e -> e.state())
                .containsExactly(ReturnStatus.SETTLED, ReturnStatus.RECEIVED, ReturnStatus.AUTHORIZED);

        // 2 defective of 10 received from the supplier: 20 %
        var quality = users.runAs("purchasing", () -> supplierManagement.supplierQuality())
                .get(supplier);
        assertThat(quality.receivedUnits()).isEqualByComparingTo("10");
        assertThat(quality.defectiveUnits()).isEqualByComparingTo("2");
        assertThat(quality.ratePct()).isEqualByComparingTo("20.00");
    }

    @Test
    void aLargeCreditWaitsForTheManagersApprovalBeforeTheCreditNote(Scenario scenario) {
        // the demo RETURN_CREDIT flow: the manager from ¥10,000 (100 × 113.00 = ¥11,300 here)
        ProductView p = fixtures.product(ProductType.BOUGHT, "100.00", 3, "100");
        Sold sold = sold(p, 100, 100, scenario);
        TicketView ticket = returnTicket(sold, p.id());
        ReturnView rma = authorize(ticket, sold.lineId(), "100", ReturnReason.NOT_NEEDED, ReturnSettlement.CREDIT);
        ReturnView received = receive(rma, Disposition.RESTOCK);
        ReturnView waiting = users.runAs("finance", () -> returns.credit(received.id(), received.version()));
        assertThat(waiting.status()).as("no credit note before the approval").isEqualTo(ReturnStatus.RECEIVED);
        assertThat(waiting.creditNotes()).isNull();
        assertThatThrownBy(() -> users.runAs("finance", () -> returns.credit(waiting.id(), waiting.version())))
                .as("asked once, whatever the client sends")
                .isInstanceOf(com.yiti.shared.BusinessRuleException.class);
        var request = approvalRequests.of("RETURN_CREDIT", received.id()).get(0);
        assertThat(request.amount()).isEqualByComparingTo("11300.00");
        users.runAs("manager", () -> approvalRequests.approve(request.id(), request.version(), "同意 agreed"));
        ReturnView settled = users.runAs("finance", () -> returns.get(received.id()));
        assertThat(settled.status()).isEqualTo(ReturnStatus.SETTLED);
        assertThat(settled.creditNotes()).isNotBlank();
    }

    @Test
    void aRestockedReturnOfAPaidInvoiceBecomesTheCustomersCredit(Scenario scenario) {
        ProductView p = fixtures.product(ProductType.BOUGHT, "100.00", 3, "10");
        Sold sold = sold(p, 3, 3, scenario);
        InvoiceView invoice = invoicesOf(sold.order().id()).get(0); // 339.00
        users.runAs(
                "finance",
                () -> paymentManagement.recordPayment(new NewPayment(
                        sold.customer().id(),
                        LocalDate.now(ZoneId.of("Asia/Shanghai")),
                        invoice.grossTotal(),
                        PaymentMethod.BANK_TRANSFER,
                        "RMA test",
                        true,
                        Map.of())));
        assertThat(users.runAs("finance", () -> receivables.invoice(invoice.id()))
                        .status())
                .isEqualTo(InvoiceStatus.PAID);
        BigDecimal onHand = inventory.balance(p.id(), fixtures.warehouse()).onHand();

        TicketView ticket = returnTicket(sold, p.id());
        ReturnView rma = authorize(ticket, sold.lineId(), "1", ReturnReason.NOT_NEEDED, ReturnSettlement.CREDIT);
        ReturnView received = receive(rma, Disposition.RESTOCK);
        var balance = inventory.balance(p.id(), fixtures.warehouse());
        assertThat(balance.onHand().subtract(onHand)).isEqualByComparingTo("1");
        assertThat(balance.available()).isEqualByComparingTo(balance.onHand().subtract(balance.reserved()));
        users.runAs("finance", () -> returns.credit(received.id(), received.version()));

        InvoiceView after = users.runAs("finance", () -> receivables.invoice(invoice.id()));
        assertThat(after.credited()).isEqualByComparingTo("113.00");
        assertThat(after.paid()).isEqualByComparingTo("226.00");
        assertThat(after.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(users.runAs(
                                "finance",
                                () -> position.exposure(sold.customer().id()))
                        .creditBalance())
                .as("the returned amount is the customer's to use or refund")
                .isEqualByComparingTo("113.00");
        assertThat(ledger.violations()).isEmpty();
    }

    @Test
    void partialReturnsNeverTakeBackMoreThanShipped(Scenario scenario) {
        ProductView p = fixtures.product(ProductType.BOUGHT, "100.00", 3, "10");
        Sold sold = sold(p, 5, 3, scenario); // 3 shipped, 2 still reserved
        TicketView ticket = returnTicket(sold, p.id());

        assertThatThrownBy(() -> authorize(ticket, sold.lineId(), "4", ReturnReason.DEFECT, ReturnSettlement.CREDIT))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("return.aboveShipped");
        ReturnView first = authorize(ticket, sold.lineId(), "2", ReturnReason.DEFECT, ReturnSettlement.CREDIT);
        assertThatThrownBy(() -> authorize(ticket, sold.lineId(), "2", ReturnReason.DEFECT, ReturnSettlement.CREDIT))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("return.aboveShipped");
        authorize(ticket, sold.lineId(), "1", ReturnReason.WRONG_ITEM, ReturnSettlement.CREDIT);
        assertThat(returnedOn(sold.order().id())).isEqualByComparingTo("3");

        // a cancelled return gives its quantity back
        ReturnView cancelled = users.runAs("service", () -> returns.cancel(first.id(), first.version()));
        assertThat(cancelled.status()).isEqualTo(ReturnStatus.CANCELLED);
        assertThat(returnedOn(sold.order().id())).isEqualByComparingTo("1");
        assertThatThrownBy(() -> receive(cancelled, Disposition.RESTOCK))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("return.notAuthorized");
        authorize(ticket, sold.lineId(), "2", ReturnReason.DEFECT, ReturnSettlement.CREDIT);

        // bad input: nothing, negative, no reason; nothing half-saved
        assertThatThrownBy(() -> authorize(ticket, sold.lineId(), "0", ReturnReason.DEFECT, ReturnSettlement.CREDIT))
                .hasMessageContaining("return.nothing");
        assertThatThrownBy(() -> authorize(ticket, sold.lineId(), "-1", ReturnReason.DEFECT, ReturnSettlement.CREDIT))
                .hasMessageContaining("return.quantityPositive");
        assertThatThrownBy(() -> authorize(ticket, sold.lineId(), "1", null, ReturnSettlement.CREDIT))
                .hasMessageContaining("field.required");
        assertThat(returnedOn(sold.order().id())).isEqualByComparingTo("3");
        // a question is no place for a return; sales reps do not authorise returns
        TicketView question = users.runAs(
                "service",
                () -> tickets.open(new TicketData(
                        sold.customer().id(),
                        null,
                        sold.order().id(),
                        null,
                        TicketType.QUESTION,
                        TicketPriority.LOW,
                        TicketChannel.EMAIL,
                        "问题 Question",
                        "?",
                        null)));
        assertThatThrownBy(() -> authorize(question, sold.lineId(), "1", ReturnReason.DEFECT, ReturnSettlement.CREDIT))
                .hasMessageContaining("return.ticketType");
        assertThatThrownBy(() -> users.runAs(
                        "sales1",
                        () -> returns.authorize(
                                ticket.id(),
                                new ReturnData(
                                        ReturnReason.DEFECT,
                                        ReturnSettlement.CREDIT,
                                        null,
                                        Map.of(sold.lineId(), BigDecimal.ONE)))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void returnsAtTheSameMomentCannotTakeBackMoreThanShipped(Scenario scenario) throws Exception {
        ProductView p = fixtures.product(ProductType.BOUGHT, "100.00", 3, "10");
        Sold sold = sold(p, 5, 5, scenario);
        TicketView ticket = returnTicket(sold, p.id());
        int people = 12;
        ExecutorService pool = Executors.newFixedThreadPool(people);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ReturnView>> results = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return authorize(ticket, sold.lineId(), "1", ReturnReason.DEFECT, ReturnSettlement.CREDIT);
            }));
        }
        start.countDown();
        int authorised = 0;
        Map<String, Integer> refused = new HashMap<>();
        for (Future<ReturnView> f : results) {
            try {
                f.get(60, TimeUnit.SECONDS);
                authorised++;
            } catch (java.util.concurrent.ExecutionException e) {
                refused.merge(e.getCause().getMessage(), 1, Integer::sum);
            }
        }
        pool.shutdown();
        assertThat(authorised).isEqualTo(5);
        assertThat(refused).hasSize(1);
        assertThat(refused.keySet().iterator().next()).contains("return.aboveShipped");
        assertThat(returnedOn(sold.order().id())).isEqualByComparingTo("5");
        assertThat(users.runAs("service", () -> returns.ofTicket(ticket.id()))).hasSize(5);
    }

    @Test
    void aReplacementIsAFreeOrderShippedThroughNormalFulfilment(Scenario scenario) {
        ProductView p = fixtures.product(ProductType.BOUGHT, "100.00", 3, "10");
        Sold sold = sold(p, 2, 2, scenario);
        TicketView ticket = returnTicket(sold, p.id());
        ReturnView rma = authorize(ticket, sold.lineId(), "1", ReturnReason.DAMAGED, ReturnSettlement.REPLACEMENT);
        ReturnView received = receive(rma, Disposition.QUARANTINE);
        assertThat(received.status()).isEqualTo(ReturnStatus.SETTLED);
        assertThat(received.replacementOrderNumber()).matches("SO-\\d{4}-\\d{6}");
        OrderView replacement = users.runAs("sales1", () -> orders.get(received.replacementOrderId()));
        assertThat(replacement.status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(replacement.customerId()).isEqualTo(sold.customer().id());
        assertThat(replacement.grossTotal()).isZero();
        assertThat(replacement.lines()).singleElement().satisfies(l -> {
            assertThat(l.unitPrice()).isZero();
            assertThat(l.reservedQuantity()).isEqualByComparingTo("1");
        });
        assertThat(timeline(sold.order().id())).contains(TimelineType.REPLACEMENT);
        assertThat(timeline(replacement.id())).contains(TimelineType.REPLACEMENT_FOR, TimelineType.CONFIRMED);

        // the warehouse ships it like any order; its invoice has nothing to pay
        long line = replacement.lines().get(0).id();
        scenario.stimulate(() -> users.runAs(
                        "warehouse",
                        () -> fulfilment.ship(
                                replacement.id(), new ShipmentData(Map.of(line, BigDecimal.ONE), "顺丰", "SF-REPL"))))
                .andWaitForStateChange(() -> invoicesOf(replacement.id()), list -> !list.isEmpty())
                .andVerify(list -> assertThat(list).singleElement().satisfies(i -> {
                    assertThat(i.grossTotal()).isZero();
                    assertThat(i.status()).isEqualTo(InvoiceStatus.PAID);
                }));
        assertThat(users.runAs(
                                "finance",
                                () -> receivables.invoices(
                                        new InvoiceFilter(null, null, null, true, replacement.id()),
                                        PageRequest.of(0, 5)))
                        .getContent())
                .as("never overdue")
                .isEmpty();
    }

    @Test
    void withAutoCreditAReceivedReturnIsCreditedAtOnce(Scenario scenario) {
        Object target = org.springframework.test.util.AopTestUtils.getTargetObject(returns);
        org.springframework.test.util.ReflectionTestUtils.setField(target, "autoCredit", true);
        try {
            ProductView p = fixtures.product(ProductType.BOUGHT, "100.00", 3, "10");
            Sold sold = sold(p, 2, 2, scenario);
            TicketView ticket = returnTicket(sold, p.id());
            ReturnView rma = authorize(ticket, sold.lineId(), "1", ReturnReason.WRONG_ITEM, ReturnSettlement.CREDIT);
            ReturnView received = receive(rma, Disposition.RESTOCK);
            assertThat(received.status()).isEqualTo(ReturnStatus.SETTLED);
            assertThat(received.creditNotes()).matches("CN-\\d{4}-\\d{6}");
            assertThat(received.settledBy()).isEqualTo("warehouse");
            assertThat(openTask("finance", "task.aftersales.returnToCredit", "/returns/" + rma.id()))
                    .isFalse();
        } finally {
            org.springframework.test.util.ReflectionTestUtils.setField(target, "autoCredit", false);
        }
    }

    @AfterAll
    void theLedgersHold() {
        assertThat(inventory.ledgerViolations()).isEmpty();
        assertThat(ledger.violations()).isEmpty();
    }
}
