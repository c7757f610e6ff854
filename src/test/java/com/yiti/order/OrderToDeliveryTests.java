package com.yiti.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.yiti.customer.CustomerView;
import com.yiti.inventory.InventoryManagement;
import com.yiti.inventory.ProductData;
import com.yiti.inventory.ProductType;
import com.yiti.inventory.ProductView;
import com.yiti.production.PlanLineStatus;
import com.yiti.production.ProductionManagement;
import com.yiti.production.ProductionOrderView;
import com.yiti.purchasing.PurchaseOrderView;
import com.yiti.purchasing.PurchasingManagement;
import com.yiti.purchasing.RequisitionLineView;
import com.yiti.purchasing.RequisitionStatus;
import com.yiti.purchasing.SupplierData;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.ConcurrentChangeException;
import com.yiti.support.CrmFixtures;
import com.yiti.support.OrderFixtures;
import com.yiti.support.TestHooks;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * Order to delivery through the facades as the people who do it: confirmation with its shortages, production and
 * purchasing filling them, shipping, cancelling. Events are checked with Modulith's Scenario API.
 */
@YitiTest
@EnableScenarios
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderToDeliveryTests {

    @Autowired
    OrderManagement orders;

    @Autowired
    FulfilmentManagement fulfilment;

    @Autowired
    ProductionManagement production;

    @Autowired
    PurchasingManagement purchasing;

    @Autowired
    com.yiti.purchasing.SupplierManagement supplierManagement;

    @Autowired
    InventoryManagement inventory;

    @Autowired
    com.yiti.inventory.ProductCatalog catalog;

    @Autowired
    OrderFixtures fixtures;

    @Autowired
    CrmFixtures crm;

    @Autowired
    TestUsers users;

    @Autowired
    TestHooks hooks;

    @Autowired
    JdbcTemplate jdbc;

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    OrderView confirm(long id) {
        return users.runAs("sales1", () -> orders.confirm(id, null));
    }

    static LineView line(OrderView order, ProductView p) {
        return order.lines().stream()
                .filter(l -> l.productId() == p.id())
                .findFirst()
                .orElseThrow();
    }

    List<TimelineType> timeline(long orderId) {
        return users.runAs("sales1", () -> orders.timeline(orderId, 0)).stream()
                .map(TimelineEntry::type)
                .toList();
    }

    @Test
    void confirmationReservesWhatIsThereAndPlansEveryShortage(Scenario scenario) {
        ProductView made = fixtures.product(ProductType.MADE, "100.00", 10, "3");
        ProductView bought = fixtures.product(ProductType.BOUGHT, "20.00", 5, "0");
        ProductView stocked = fixtures.product(ProductType.BOUGHT, "7.50", 3, "10");
        CustomerView customer = crm.customerOf("sales1");
        OrderView draft = fixtures.draft("sales1", customer.id(), made, 5, bought, 2, stocked, 4);

        scenario.stimulate(() -> confirm(draft.id()))
                .andWaitForEventOfType(OrderConfirmed.class)
                .matching(e -> e.orderId() == draft.id())
                .toArriveAndVerify(e -> assertThat(e.grossTotal()).isEqualByComparingTo(draft.grossTotal()));

        OrderView order = users.runAs("sales1", () -> orders.get(draft.id()));
        assertThat(order.status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(line(order, made).reservedQuantity()).isEqualByComparingTo("3");
        assertThat(line(order, made).supply()).isEqualTo(LineSupply.PRODUCTION);
        assertThat(line(order, made).promisedDate()).isEqualTo(TODAY.plusDays(10));
        assertThat(line(order, bought).reservedQuantity()).isEqualByComparingTo("0");
        assertThat(line(order, bought).supply()).isEqualTo(LineSupply.PURCHASE);
        assertThat(line(order, bought).promisedDate()).isEqualTo(TODAY.plusDays(5));
        assertThat(line(order, stocked).reservedQuantity()).isEqualByComparingTo("4");
        assertThat(line(order, stocked).supply()).isEqualTo(LineSupply.STOCK);
        assertThat(line(order, stocked).promisedDate()).isEqualTo(TODAY);
        assertThat(order.promisedDate()).isEqualTo(TODAY.plusDays(10));
        assertThat(order.linesCovered()).isEqualTo(1);

        var plan = users.runAs(
                "production",
                () -> production.forOrderLines(List.of(line(order, made).id())));
        assertThat(plan).singleElement().satisfies(p -> {
            assertThat(p.quantity()).isEqualByComparingTo("2");
            assertThat(p.needBy()).isEqualTo(TODAY.plusDays(10));
            assertThat(p.orderNumber()).isEqualTo(order.number());
        });
        var requisition = users.runAs(
                "purchasing",
                () -> purchasing.forOrderLines(List.of(line(order, bought).id())));
        assertThat(requisition)
                .singleElement()
                .satisfies(r -> assertThat(r.quantity()).isEqualByComparingTo("2"));
        assertThat(inventory.reservedFor("SOL-" + line(order, stocked).id())).isEqualByComparingTo("4");
        assertThat(timeline(order.id()))
                .containsSubsequence(
                        TimelineType.CREATED,
                        TimelineType.CONFIRMED,
                        TimelineType.RESERVED,
                        TimelineType.WAITING_PRODUCTION,
                        TimelineType.WAITING_PURCHASE);
    }

    @Test
    void confirmingTwiceChangesNothingAndAKeyBelongsToOneOrder() {
        ProductView p = fixtures.product(ProductType.BOUGHT, "10.00", 2, "1");
        CustomerView customer = crm.customerOf("sales1");
        OrderView a = fixtures.draft("sales1", customer.id(), p, 3);
        OrderView b = fixtures.draft("sales1", customer.id(), p, 1);
        String key = UUID.randomUUID().toString();
        users.runAs("sales1", () -> orders.confirm(a.id(), key));
        OrderView again = users.runAs("sales1", () -> orders.confirm(a.id(), key));
        users.runAs("sales1", () -> orders.confirm(a.id(), null));
        assertThat(again.status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(line(again, p).reservedQuantity()).isEqualByComparingTo("1");
        assertThat(timeline(a.id()))
                .filteredOn(t -> t == TimelineType.CONFIRMED)
                .hasSize(1);
        assertThat(users.runAs(
                        "purchasing",
                        () -> purchasing.forOrderLines(List.of(line(again, p).id()))))
                .hasSize(1);
        assertThatThrownBy(() -> users.runAs("sales1", () -> orders.confirm(b.id(), key)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("order.idempotencyKeyReused");
    }

    @Test
    void aFailureAtTheEndOfConfirmationLeavesNothingBehind() {
        ProductView made = fixtures.product(ProductType.MADE, "50.00", 4, "2");
        ProductView bought = fixtures.product(ProductType.BOUGHT, "5.00", 4, "1");
        CustomerView customer = crm.customerOf("sales1");
        OrderView draft = fixtures.draft("sales1", customer.id(), made, 5, bought, 3);
        hooks.failConfirmationOf(draft.id());
        try {
            assertThatThrownBy(() -> confirm(draft.id())).isInstanceOf(IllegalStateException.class);
        } finally {
            hooks.stopFailing(draft.id());
        }
        OrderView after = users.runAs("sales1", () -> orders.get(draft.id()));
        assertThat(after.status()).isEqualTo(OrderStatus.DRAFT);
        assertThat(after.lines())
                .allSatisfy(l -> assertThat(l.reservedQuantity()).isZero());
        assertThat(inventory.balance(made.id(), fixtures.warehouse()).reserved())
                .isZero();
        assertThat(inventory.balance(bought.id(), fixtures.warehouse()).reserved())
                .isZero();
        List<Long> lineIds = after.lines().stream().map(LineView::id).toList();
        assertThat(users.runAs("production", () -> production.forOrderLines(lineIds)))
                .isEmpty();
        assertThat(users.runAs("purchasing", () -> purchasing.forOrderLines(lineIds)))
                .isEmpty();
        assertThat(timeline(draft.id())).containsExactly(TimelineType.CREATED);
        // and it confirms normally afterwards
        assertThat(confirm(draft.id()).status()).isEqualTo(OrderStatus.CONFIRMED);
    }

    @Test
    void aCreditHoldReservesNothingAndConfirmsLaterAsIfThen() {
        ProductView p = fixtures.product(ProductType.BOUGHT, "10.00", 2, "5");
        CustomerView customer = crm.customerOf("sales1");
        OrderView draft = fixtures.draft("sales1", customer.id(), p, 2);
        hooks.holdCreditOf(customer.id());
        try {
            OrderView held = confirm(draft.id());
            assertThat(held.status()).isEqualTo(OrderStatus.CREDIT_HOLD);
            assertThat(held.holdReasonKey()).isEqualTo("credit.hold.overLimit");
            assertThat(line(held, p).reservedQuantity()).isZero();
            assertThat(inventory.balance(p.id(), fixtures.warehouse()).reserved())
                    .isZero();
        } finally {
            hooks.releaseCreditOf(customer.id());
        }
        OrderView released = confirm(draft.id());
        assertThat(released.status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(line(released, p).reservedQuantity()).isEqualByComparingTo("2");
        assertThat(timeline(draft.id())).containsSubsequence(TimelineType.CREDIT_HOLD, TimelineType.CONFIRMED);
    }

    @Test
    void productionOutputGoesToTheEarliestPromisedLineFirst() {
        ProductView made = fixtures.product(ProductType.MADE, "80.00", 10, "0");
        CustomerView customer = crm.customerOf("sales1");
        OrderView later = fixtures.draft("sales1", customer.id(), made, 4);
        confirm(later.id());
        setLeadTime(made, 2);
        OrderView earlier = fixtures.draft("sales1", customer.id(), made, 3);
        confirm(earlier.id());

        var group = users.runAs("production", () -> production.openPlan()).stream()
                .filter(g -> g.productId() == made.id())
                .findFirst()
                .orElseThrow();
        assertThat(group.totalQuantity()).isEqualByComparingTo("7");
        assertThat(group.earliestNeedBy()).isEqualTo(TODAY.plusDays(2));
        ProductionOrderView mo = users.runAs(
                "production",
                () -> production.createOrder(
                        group.lines().stream().map(l -> l.id()).toList(), null));
        assertThat(mo.quantity()).isEqualByComparingTo("7");
        ProductionOrderView started = users.runAs("production", () -> production.start(mo.id(), mo.version()));
        assertThatThrownBy(() -> users.runAs("sales1", () -> production.start(mo.id(), mo.version())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        users.runAs("production", () -> production.complete(started.id(), started.version(), new BigDecimal("5")));

        OrderView first = users.runAs("sales1", () -> orders.get(earlier.id()));
        OrderView second = users.runAs("sales1", () -> orders.get(later.id()));
        assertThat(line(first, made).reservedQuantity()).isEqualByComparingTo("3");
        assertThat(line(second, made).reservedQuantity()).isEqualByComparingTo("2");
        assertThat(timeline(earlier.id())).contains(TimelineType.PRODUCED);
        assertThat(users.runAs("production", () -> production.linesOf(mo.id())))
                .allSatisfy(l -> assertThat(l.status()).isEqualTo(PlanLineStatus.DONE));
    }

    @Test
    void aReceiptReservesForWaitingLinesAndRefusesMoreThanOrdered() {
        ProductView bought = fixtures.product(ProductType.BOUGHT, "12.00", 7, "0");
        CustomerView customer = crm.customerOf("sales1");
        OrderView order = fixtures.draft("sales1", customer.id(), bought, 6);
        confirm(order.id());
        RequisitionLineView req = users.runAs(
                        "purchasing",
                        () -> purchasing.forOrderLines(
                                List.of(order.lines().get(0).id())))
                .get(0);
        var supplier = users.runAs(
                "purchasing",
                () -> supplierManagement.createSupplier(
                        new SupplierData("供应商 " + UUID.randomUUID(), "王经理", "021-5555", null, 7, true)));
        PurchaseOrderView po =
                users.runAs("purchasing", () -> purchasing.createPurchaseOrder(supplier.id(), List.of(req.id()), null));
        assertThat(po.expectedDate()).isEqualTo(TODAY.plusDays(7));
        assertThat(po.total()).isEqualByComparingTo("60.00");
        PurchaseOrderView sent = users.runAs("purchasing", () -> purchasing.send(po.id(), po.version()));
        long poLine = sent.lines().get(0).id();

        assertThatThrownBy(() -> users.runAs(
                        "warehouse", () -> purchasing.receive(po.id(), Map.of(poLine, new BigDecimal("7")), null)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("purchasing.receiveTooMuch");
        assertThat(users.runAs("warehouse", () -> purchasing.purchaseOrder(po.id()))
                        .lines()
                        .get(0)
                        .unitPrice())
                .as("warehouse sees no prices")
                .isNull();
        users.runAs("warehouse", () -> purchasing.receive(po.id(), Map.of(poLine, new BigDecimal("4")), "first"));

        OrderView after = users.runAs("sales1", () -> orders.get(order.id()));
        assertThat(after.lines().get(0).reservedQuantity()).isEqualByComparingTo("4");
        assertThat(timeline(order.id())).contains(TimelineType.RECEIVED);
        assertThat(users.runAs("purchasing", () -> purchasing.purchaseOrder(po.id()))
                        .status())
                .isEqualTo(com.yiti.purchasing.PurchaseOrderStatus.PARTIALLY_RECEIVED);
    }

    @Test
    void shipmentsConsumeReservationsAndTheRestWaits(Scenario scenario) {
        ProductView p = fixtures.product(ProductType.BOUGHT, "30.00", 3, "5");
        CustomerView customer = crm.customerOf("sales1");
        OrderView order = fixtures.draft("sales1", customer.id(), p, 8);
        confirm(order.id());
        long lineId = order.lines().get(0).id();

        assertThatThrownBy(() -> users.runAs(
                        "warehouse",
                        () -> fulfilment.ship(
                                order.id(), new ShipmentData(Map.of(lineId, new BigDecimal("6")), null, null))))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("shipment.moreThanReserved");
        assertThatThrownBy(() -> users.runAs(
                        "sales1",
                        () -> fulfilment.ship(
                                order.id(), new ShipmentData(Map.of(lineId, new BigDecimal("1")), null, null))))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        scenario.stimulate(() -> users.runAs(
                        "warehouse",
                        () -> fulfilment.ship(
                                order.id(),
                                new ShipmentData(Map.of(lineId, new BigDecimal("5")), "顺丰", "SF1234567890"))))
                .andWaitForEventOfType(ShipmentDispatched.class)
                .matching(e -> e.orderId() == order.id())
                .toArriveAndVerify(e -> assertThat(e.lines())
                        .singleElement()
                        .satisfies(l -> assertThat(l.quantity()).isEqualByComparingTo("5")));

        OrderView partly = users.runAs("sales1", () -> orders.get(order.id()));
        assertThat(partly.status()).isEqualTo(OrderStatus.PARTIALLY_SHIPPED);
        assertThat(partly.lines().get(0).shippedQuantity()).isEqualByComparingTo("5");
        assertThat(partly.lines().get(0).backorderQuantity()).isEqualByComparingTo("3");
        assertThat(inventory.balance(p.id(), fixtures.warehouse()).onHand()).isZero();
        assertThat(timeline(order.id())).contains(TimelineType.SHIPPED_PARTIAL);

        var pick = users.runAs(
                "warehouse",
                () -> fulfilment.pickList(
                        fixtures.warehouse(), order.number(), org.springframework.data.domain.PageRequest.of(0, 10)));
        assertThat(pick.getContent()).as("nothing reserved is left to pick").isEmpty();

        // the backorder arrives and ships; then it is delivered
        users.runAs(
                "warehouse",
                () -> inventory.receive(
                        p.id(),
                        fixtures.warehouse(),
                        new BigDecimal("3"),
                        com.yiti.inventory.MoveReason.RECEIPT,
                        "OPENING"));
        ShipmentView second = users.runAs(
                "warehouse",
                () -> fulfilment.ship(order.id(), new ShipmentData(Map.of(lineId, new BigDecimal("3")), "顺丰", "SF2")));
        assertThat(users.runAs("sales1", () -> orders.get(order.id())).status()).isEqualTo(OrderStatus.SHIPPED);
        List<ShipmentView> shipments = users.runAs("sales1", () -> orders.shipments(order.id()));
        assertThat(shipments).hasSize(2);
        shipments.forEach(s -> users.runAs("warehouse", () -> fulfilment.markDelivered(s.id(), s.version(), TODAY)));
        assertThat(users.runAs("sales1", () -> orders.get(order.id())).status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(second.trackingNumber()).isEqualTo("SF2");
        assertThat(timeline(order.id()))
                .containsSubsequence(TimelineType.SHIPPED_PARTIAL, TimelineType.SHIPPED_FULL, TimelineType.DELIVERED);
    }

    @Test
    void cancellingReleasesStockAndCancelsOpenDemand(Scenario scenario) {
        ProductView made = fixtures.product(ProductType.MADE, "40.00", 6, "1");
        ProductView bought = fixtures.product(ProductType.BOUGHT, "9.00", 6, "2");
        CustomerView customer = crm.customerOf("sales1");
        OrderView order = fixtures.draft("sales1", customer.id(), made, 3, bought, 5);
        confirm(order.id());
        assertThatThrownBy(() -> users.runAs("sales1", () -> orders.cancel(order.id(), " ")))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("order.cancelReasonRequired");

        scenario.stimulate(() -> users.runAs("sales1", () -> orders.cancel(order.id(), "客户取消 customer withdrew")))
                .andWaitForEventOfType(OrderCancelled.class)
                .matching(e -> e.orderId() == order.id())
                .toArriveAndVerify(e -> assertThat(e.remainderOnly()).isFalse());

        OrderView cancelled = users.runAs("sales1", () -> orders.get(order.id()));
        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(inventory.balance(made.id(), fixtures.warehouse()).reserved())
                .isZero();
        assertThat(inventory.balance(bought.id(), fixtures.warehouse()).reserved())
                .isZero();
        List<Long> lineIds = cancelled.lines().stream().map(LineView::id).toList();
        assertThat(users.runAs("production", () -> production.forOrderLines(lineIds)))
                .allSatisfy(l -> assertThat(l.status()).isEqualTo(PlanLineStatus.CANCELLED));
        assertThat(users.runAs("purchasing", () -> purchasing.forOrderLines(lineIds)))
                .allSatisfy(l -> assertThat(l.status()).isEqualTo(RequisitionStatus.CANCELLED));
        assertThatThrownBy(() -> confirm(order.id()))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("order.cancelledCannotConfirm");
    }

    @Test
    void afterAPartialShipmentOnlyTheRemainderIsCancelled() {
        ProductView p = fixtures.product(ProductType.BOUGHT, "15.00", 4, "2");
        CustomerView customer = crm.customerOf("sales1");
        OrderView order = fixtures.draft("sales1", customer.id(), p, 5);
        confirm(order.id());
        long lineId = order.lines().get(0).id();
        users.runAs(
                "warehouse",
                () -> fulfilment.ship(order.id(), new ShipmentData(Map.of(lineId, new BigDecimal("2")), null, null)));
        OrderView after = users.runAs("sales1", () -> orders.cancel(order.id(), "rest not needed"));
        assertThat(after.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(after.lines().get(0).shippedQuantity()).isEqualByComparingTo("2");
        assertThat(after.lines().get(0).cancelledQuantity()).isEqualByComparingTo("3");
        assertThat(timeline(order.id())).contains(TimelineType.REMAINDER_CANCELLED);
    }

    @Test
    void draftsValidateEveryLineAndConfirmedLinesAreLocked() {
        ProductView p = fixtures.product(ProductType.BOUGHT, "10.00", 1, "10");
        CustomerView customer = crm.customerOf("sales1");
        OrderView order = fixtures.draft("sales1", customer.id(), p, 1);
        record Bad(LineData data, String field, String code) {}
        for (Bad bad : List.of(
                new Bad(new LineData(p.id(), BigDecimal.ZERO, null, null), "quantity", "order.quantityPositive"),
                new Bad(new LineData(p.id(), new BigDecimal("-1"), null, null), "quantity", "order.quantityPositive"),
                new Bad(
                        new LineData(p.id(), BigDecimal.ONE, new BigDecimal("-0.01"), null),
                        "unitPrice",
                        "order.priceNegative"),
                new Bad(
                        new LineData(p.id(), BigDecimal.ONE, null, new BigDecimal("100.5")),
                        "discountPct",
                        "order.discountRange"),
                new Bad(
                        new LineData(p.id(), BigDecimal.ONE, null, new BigDecimal("-1")),
                        "discountPct",
                        "order.discountRange"))) {
            assertThatThrownBy(
                            () -> users.runAs("sales1", () -> orders.addLine(order.id(), order.version(), bad.data())))
                    .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                        assertThat(e.field()).isEqualTo(bad.field());
                        assertThat(e.code()).isEqualTo(bad.code());
                    });
        }
        assertThat(users.runAs("sales1", () -> orders.get(order.id())).lines()).hasSize(1);
        assertThatThrownBy(() -> users.runAs(
                        "sales1",
                        () -> orders.addLine(
                                order.id(), order.version() - 1, new LineData(p.id(), BigDecimal.ONE, null, null))))
                .isInstanceOf(ConcurrentChangeException.class);
        OrderView confirmed = confirm(order.id());
        assertThatThrownBy(() -> users.runAs(
                        "sales1",
                        () -> orders.addLine(
                                confirmed.id(), confirmed.version(), new LineData(p.id(), BigDecimal.ONE, null, null))))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("order.linesLocked");
        assertThatThrownBy(() -> users.runAs("sales2", () -> orders.get(order.id())))
                .as("a teammate's rep does not see another rep's order")
                .isInstanceOf(com.yiti.shared.RecordNotFoundException.class);
        assertThat(users.runAs("salesmgr", () -> orders.get(order.id())).id()).isEqualTo(order.id());
    }

    @Test
    void orderNumbersAreSequentialAndARollbackLeavesNoGap() {
        CustomerView customer = crm.customerOf("sales1");
        OrderView a = fixtures.draft("sales1", customer.id());
        var tx = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
        tx.executeWithoutResult(status -> {
            fixtures.draft("sales1", customer.id());
            status.setRollbackOnly();
        });
        OrderView b = fixtures.draft("sales1", customer.id());
        assertThat(a.number()).matches("SO-\\d{4}-\\d{6}");
        long na = Long.parseLong(a.number().substring(8));
        long nb = Long.parseLong(b.number().substring(8));
        assertThat(nb).isEqualTo(na + 1);
    }

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactionManager;

    @Autowired
    QuotationManagement quotations;

    @Autowired
    com.yiti.platform.TaskManagement tasks;

    @Autowired
    com.yiti.opportunity.OpportunityManagement opportunities;

    @Test
    void acceptingAQuotationMakesTheSameOrderAndWinsTheOpportunity() {
        ProductView p = fixtures.product(ProductType.BOUGHT, "19.99", 2, "50");
        CustomerView customer = crm.customerOf("sales1");
        var opportunity = crm.opportunityOf("sales1", customer.id(), new BigDecimal("1000"));
        QuotationView q = users.runAs("sales1", () -> {
            QuotationView created = quotations.create(
                    new QuotationData(customer.id(), opportunity.id(), fixtures.warehouse(), null, null));
            created = quotations.addLine(
                    created.id(),
                    created.version(),
                    new LineData(p.id(), new BigDecimal("7"), null, new BigDecimal("3")));
            return quotations.send(created.id(), created.version());
        });
        // 7 × 19.99 × 97% = 135.7321 → 135.73; tax 13% = 17.6449 → 17.64; gross 153.37
        assertThat(q.netTotal()).isEqualByComparingTo("135.73");
        assertThat(q.taxTotal()).isEqualByComparingTo("17.64");
        assertThat(q.grossTotal()).isEqualByComparingTo("153.37");
        assertThatThrownBy(() -> users.runAs(
                        "sales1",
                        () -> quotations.addLine(
                                q.id(), q.version(), new LineData(p.id(), BigDecimal.ONE, null, null))))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("quotation.notDraft");

        OrderView order = users.runAs("sales1", () -> quotations.accept(q.id()));
        assertThat(order.status()).isEqualTo(OrderStatus.DRAFT);
        assertThat(order.grossTotal()).isEqualByComparingTo("153.37");
        assertThat(order.lines()).singleElement().satisfies(l -> {
            assertThat(l.productId()).isEqualTo(p.id());
            assertThat(l.quantity()).isEqualByComparingTo("7");
            assertThat(l.discountPct()).isEqualByComparingTo("3");
        });
        assertThat(users.runAs("sales1", () -> opportunities.get(opportunity.id()))
                        .stage())
                .isEqualTo(com.yiti.opportunity.Stage.WON);
        assertThat(users.runAs("sales1", () -> quotations.get(q.id())).status()).isEqualTo(QuotationStatus.ACCEPTED);
        assertThat(users.runAs("sales1", () -> quotations.accept(q.id())).id())
                .as("accepting again returns the same order")
                .isEqualTo(order.id());
    }

    @Test
    void aRepWhoseTeamHasNoHeadIsApprovedByTheHeadAbove() {
        ProductView p = fixtures.product(ProductType.BOUGHT, "100.00", 2, "5");
        // team South and its region have no head: the company's head (manager) decides (decision 050)
        CustomerView customer = crm.customerOf("sales3");
        QuotationView q = users.runAs("sales3", () -> {
            QuotationView created =
                    quotations.create(new QuotationData(customer.id(), null, fixtures.warehouse(), null, null));
            created = quotations.addLine(
                    created.id(), created.version(), new LineData(p.id(), BigDecimal.ONE, null, new BigDecimal("20")));
            return quotations.requestApproval(created.id(), created.version());
        });
        assertThat(users.runAs(
                                "manager",
                                () -> tasks.inbox(
                                        users.current("manager"),
                                        com.yiti.platform.TaskStatus.OPEN,
                                        org.springframework.data.domain.PageRequest.of(0, 500)))
                        .getContent())
                .anyMatch(t -> t.titleArgs().contains(q.number()));
        assertThatThrownBy(() -> users.runAs("salesmgr", () -> quotations.canApprove(q.id())))
                .as("another team's manager does not see the rep's quotation")
                .isInstanceOf(com.yiti.shared.RecordNotFoundException.class);
        assertThat(users.runAs("manager", () -> quotations.canApprove(q.id()))).isTrue();
        assertThat(users.runAs("sales3", () -> quotations.canApprove(q.id())))
                .as("never the rep himself")
                .isFalse();
        assertThat(users.runAs("manager", () -> quotations.decide(q.id(), true)).approval())
                .isEqualTo(Approval.APPROVED);
    }

    @Test
    void aSentQuotationPastItsValidityExpiresAndCannotBeAccepted() {
        ProductView p = fixtures.product(ProductType.BOUGHT, "5.00", 2, "5");
        CustomerView customer = crm.customerOf("sales1");
        QuotationView q = users.runAs("sales1", () -> {
            QuotationView created =
                    quotations.create(new QuotationData(customer.id(), null, fixtures.warehouse(), TODAY, null));
            created = quotations.addLine(
                    created.id(), created.version(), new LineData(p.id(), BigDecimal.ONE, null, null));
            return quotations.send(created.id(), created.version());
        });
        jdbc.update("update ord_quotation set valid_until = ? where id = ?", TODAY.minusDays(1), q.id());
        assertThatThrownBy(() -> users.runAs("sales1", () -> quotations.accept(q.id())))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("quotation.expired");
        assertThat(quotations.expireOverdue()).isPositive();
        assertThat(users.runAs("sales1", () -> quotations.get(q.id())).status()).isEqualTo(QuotationStatus.EXPIRED);
    }

    @Test
    void onlyTheOwnerAndTheirManagerChangeAnOrderAndManagerOnlyReads() {
        ProductView p = fixtures.product(ProductType.BOUGHT, "5.00", 2, "5");
        CustomerView customer = crm.customerOf("sales1");
        OrderView order = fixtures.draft("sales1", customer.id(), p, 1);
        assertThatThrownBy(() -> users.runAs("sales2", () -> orders.confirm(order.id(), null)))
                .isInstanceOf(com.yiti.shared.RecordNotFoundException.class);
        assertThatThrownBy(() -> users.runAs("manager", () -> orders.confirm(order.id(), null)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> users.runAs("sales3", () -> orders.cancel(order.id(), "not mine")))
                .isInstanceOf(com.yiti.shared.RecordNotFoundException.class);
        assertThat(users.runAs("manager", () -> orders.get(order.id())).id()).isEqualTo(order.id());
        assertThat(users.runAs("salesmgr", () -> orders.confirm(order.id(), null))
                        .status())
                .as("the team's manager may act for the rep")
                .isEqualTo(OrderStatus.CONFIRMED);
    }

    void setLeadTime(ProductView p, int days) {
        users.runAs("admin", () -> {
            ProductView current = inventory.product(p.id());
            return catalog.updateProduct(
                    p.id(),
                    current.version(),
                    new ProductData(
                            current.sku(),
                            current.nameZh(),
                            current.nameEn(),
                            current.unit(),
                            current.type(),
                            current.listPrice(),
                            current.standardCost(),
                            current.taxRate(),
                            days,
                            current.reorderPoint(),
                            current.reorderQuantity(),
                            current.active()));
        });
    }

    /**
     * After everything above: the stock ledger's invariants hold, and every order line's reserved quantity is what
     * inventory holds under its reservation reference.
     */
    @AfterAll
    void invariantsHold() {
        assertThat(inventory.ledgerViolations()).isEmpty();
        List<String> mismatches = jdbc.queryForList(
                "select concat('line ', l.id) from ord_order_line l left join ("
                        + " select reference, sum(quantity) q from inv_reservation group by reference) r"
                        + " on r.reference = concat('SOL-', l.id)"
                        + " where coalesce(r.q, 0) <> l.reserved_quantity"
                        + " or l.reserved_quantity + l.shipped_quantity + l.cancelled_quantity > l.quantity",
                String.class);
        assertThat(mismatches).isEmpty();
    }
}
