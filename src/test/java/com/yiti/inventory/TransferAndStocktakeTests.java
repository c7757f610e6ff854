package com.yiti.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.yiti.finance.LedgerManagement;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Transfers between warehouses and stocktakes: the stock ledger, the journal and waiting orders kept in step. */
@YitiTest
class TransferAndStocktakeTests {

    @Autowired
    StockTransfers transfers;

    @Autowired
    StocktakeManagement stocktakes;

    @Autowired
    InventoryManagement inventory;

    @Autowired
    com.yiti.inventory.StockValuation valuation;

    @Autowired
    InventorySetup setup;

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

    /** A warehouse of the test's own (sorted after every other), so its counts meet no other test's. */
    long newWarehouse() {
        String code =
                "ZZ" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        return users.runAs("admin", () -> setup.create(new WarehouseData(code, "测试仓 " + code, null, false)))
                .id();
    }

    void stock(ProductView p, long warehouse, String quantity) {
        users.runAs(
                "warehouse",
                () -> inventory.receive(p.id(), warehouse, new BigDecimal(quantity), MoveReason.RECEIPT, "OPENING"));
    }

    @Test
    void aTransferFromAnotherWarehouseSatisfiesAWaitingOrder() {
        ProductView p = fixtures.product(ProductType.BOUGHT, "100.00", 3, "0");
        long source = newWarehouse();
        stock(p, source, "3");
        OrderView order = fixtures.draft("sales1", crm.customerOf("sales1").id(), p, 2);
        users.runAs("sales1", () -> orders.confirm(order.id(), null));
        assertThat(users.runAs("sales1", () -> orders.get(order.id()))
                        .lines()
                        .get(0)
                        .backorderQuantity())
                .isEqualByComparingTo("2");
        // the shortage screens see the free stock elsewhere
        assertThat(transfers.freeStock(List.of(p.id())).get(p.id()))
                .extracting(FreeStock::warehouseId)
                .containsExactly(source);

        BigDecimal valueBefore = valuation.stockValue();
        TransferView requested = users.runAs(
                "warehouse",
                () -> transfers.request(new NewTransfer(
                        source,
                        fixtures.warehouse(),
                        "for " + order.number(),
                        List.of(new NewTransfer.Line(p.id(), new BigDecimal("2"))))));
        assertThat(requested.number()).matches("TR-\\d{4}-\\d{6}");
        TransferView shipped = users.runAs("warehouse", () -> transfers.ship(requested.id()));
        assertThat(shipped.status()).isEqualTo(TransferStatus.SHIPPED);
        assertThat(shipped.inTransit()).isEqualByComparingTo("2");
        assertThat(inventory.balance(p.id(), source).onHand()).isEqualByComparingTo("1");
        assertThat(transfers.inTransit().get(p.id())).isEqualByComparingTo("2");
        // in transit is still inventory: the stock value does not move
        assertThat(valuation.stockValue()).isEqualByComparingTo(valueBefore);

        // received in two parts; the waiting order reserves each as it arrives
        assertThatThrownBy(() -> users.runAs(
                        "warehouse",
                        () -> transfers.receive(
                                requested.id(), Map.of(shipped.lines().get(0).id(), new BigDecimal("3")))))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("transfer.receiveTooMuch");
        TransferView part = users.runAs(
                "warehouse",
                () -> transfers.receive(
                        requested.id(), Map.of(shipped.lines().get(0).id(), BigDecimal.ONE)));
        assertThat(part.status()).isEqualTo(TransferStatus.PARTIALLY_RECEIVED);
        TransferView done = users.runAs("warehouse", () -> transfers.receive(requested.id(), Map.of()));
        assertThat(done.status()).isEqualTo(TransferStatus.RECEIVED);
        assertThat(done.inTransit()).isEqualByComparingTo("0");
        OrderView after = users.runAs("sales1", () -> orders.get(order.id()));
        assertThat(after.lines().get(0).reservedQuantity()).isEqualByComparingTo("2");
        assertThat(users.runAs("sales1", () -> orders.timeline(order.id(), 0)))
                .extracting(TimelineEntry::type)
                .contains(TimelineType.TRANSFERRED);
        assertThat(valuation.stockValue()).isEqualByComparingTo(valueBefore);
        assertThat(inventory.ledgerViolations()).isEmpty();
    }

    @Test
    void reservedStockDoesNotLeaveAndOnlyTheWarehouseMovesIt() {
        ProductView p = fixtures.product(ProductType.BOUGHT, "100.00", 3, "0");
        long source = newWarehouse();
        stock(p, source, "5");
        users.runAs("warehouse", () -> inventory.reserve(p.id(), source, new BigDecimal("4"), "held-for-test"));
        TransferView t = users.runAs(
                "warehouse",
                () -> transfers.request(new NewTransfer(
                        source,
                        fixtures.warehouse(),
                        null,
                        List.of(new NewTransfer.Line(p.id(), new BigDecimal("2"))))));
        assertThatThrownBy(() -> users.runAs("warehouse", () -> transfers.ship(t.id())))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("transfer.notAvailable");
        assertThatThrownBy(() -> users.runAs(
                        "warehouse",
                        () -> transfers.request(new NewTransfer(
                                source, source, null, List.of(new NewTransfer.Line(p.id(), BigDecimal.ONE))))))
                .isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).field()).isEqualTo("toWarehouseId"));
        assertThatThrownBy(() -> users.runAs("sales1", () -> transfers.ship(t.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(users.runAs("warehouse", () -> transfers.cancel(t.id())).status())
                .isEqualTo(TransferStatus.CANCELLED);
    }

    @Test
    void aStocktakeIsCountedBlindAndPostsGainsAndLossesAsOfItsFreeze() {
        long w = newWarehouse();
        ProductView a = fixtures.product(ProductType.BOUGHT, "50.00", 3, "0");
        ProductView b = fixtures.product(ProductType.BOUGHT, "50.00", 3, "0");
        stock(a, w, "10");
        stock(b, w, "5");
        StocktakeView sheet = users.runAs("warehouse", () -> stocktakes.start(w, null));
        assertThat(sheet.number()).matches("ST-\\d{4}-\\d{6}");
        assertThatThrownBy(() -> users.runAs("warehouse", () -> stocktakes.start(w, null)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("stocktake.alreadyCounting");
        // counters see no book quantities
        StocktakeView.Line lineA = line(sheet, a);
        StocktakeView.Line lineB = line(sheet, b);
        assertThat(lineA.bookQuantity()).isNull();
        // goods arrive while the count runs: they were not on the shelf when the sheet was frozen
        stock(a, w, "4");
        users.runAs(
                "warehouse",
                () -> stocktakes.count(
                        sheet.id(), Map.of(lineA.id(), new BigDecimal("9"), lineB.id(), new BigDecimal("6"))));
        StocktakeView review = users.runAs("admin", () -> stocktakes.stocktake(sheet.id()));
        assertThat(line(review, a).difference()).isEqualByComparingTo("-1");
        assertThat(line(review, b).difference()).isEqualByComparingTo("1");
        assertThat(review.withDifference()).isEqualTo(2);
        assertThatThrownBy(() -> users.runAs("warehouse", () -> stocktakes.post(sheet.id())))
                .isInstanceOf(AccessDeniedException.class);

        StocktakeView posted = users.runAs("admin", () -> stocktakes.post(sheet.id()));
        assertThat(posted.status()).isEqualTo(StocktakeStatus.POSTED);
        assertThat(inventory.balance(a.id(), w).onHand()).isEqualByComparingTo("13"); // 10 + 4 − 1
        assertThat(inventory.balance(b.id(), w).onHand()).isEqualByComparingTo("6");
        // the journal: 10.00 loss and 10.00 gain at standard cost, against stock differences
        assertThat(users.runAs("finance", () -> ledger.entriesOf(a.sku())))
                .anySatisfy(e -> assertThat(e.description()).isEqualTo(sheet.number()));
        assertThat(inventory.ledgerViolations()).isEmpty();
        assertThat(ledger.violations()).isEmpty();
    }

    @Test
    void postingACountWhileTheWarehouseShipsKeepsTheLedgerAndTheJournalConsistent() throws Exception {
        long w = newWarehouse();
        ProductView p = fixtures.product(ProductType.BOUGHT, "50.00", 3, "0");
        stock(p, w, "100");
        // twenty orders of one unit each, confirmed (reserved) in the counted warehouse
        long customer = crm.customerOf("sales1").id();
        List<OrderView> placed = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            placed.add(users.runAs("sales1", () -> {
                OrderView o = orders.create(new com.yiti.order.OrderData(customer, w, null, null, null));
                o = orders.addLine(
                        o.id(), o.version(), new com.yiti.order.LineData(p.id(), BigDecimal.ONE, null, null));
                return orders.confirm(o.id(), null);
            }));
        }
        assertThat(inventory.balance(p.id(), w).reserved()).isEqualByComparingTo("20");
        StocktakeView sheet = users.runAs("warehouse", () -> stocktakes.start(w, null));
        users.runAs(
                "warehouse",
                () -> stocktakes.count(sheet.id(), Map.of(line(sheet, p).id(), new BigDecimal("90"))));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> work = new ArrayList<>();
        for (OrderView o : placed) {
            work.add(pool.submit(() -> {
                start.await();
                return users.runAs(
                        "warehouse",
                        () -> fixtures.ship(
                                o.id(), o.lines().get(0).id(), "1", "SF" + System.nanoTime() % 1_000_000_000L));
            }));
        }
        work.add(pool.submit(() -> {
            start.await();
            return users.runAs("admin", () -> stocktakes.post(sheet.id()));
        }));
        start.countDown();
        for (Future<?> f : work) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        // 100 − 20 shipped − 10 lost at the count, whatever the order they ran in; each at the average cost
        assertThat(inventory.balance(p.id(), w).onHand()).isEqualByComparingTo("70");
        assertThat(inventory.balance(p.id(), w).reserved()).isEqualByComparingTo("0");
        assertThat(inventory.ledgerViolations()).isEmpty();
        assertThat(valuation.violations()).isEmpty();
        assertThat(ledger.violations()).isEmpty();
    }

    private static StocktakeView.Line line(StocktakeView s, ProductView p) {
        return s.lines().stream()
                .filter(l -> l.productId() == p.id())
                .findFirst()
                .orElseThrow();
    }
}
