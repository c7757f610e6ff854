package com.yiti.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.yiti.shared.BusinessRuleException;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
import org.springframework.security.access.AccessDeniedException;

@YitiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InventoryLedgerTests {

    @Autowired
    StockMoveLog moveLog;

    @Autowired
    InventoryManagement inventory;

    @Autowired
    com.yiti.inventory.LowStockRule lowStock;

    @Autowired
    com.yiti.inventory.ProductCatalog catalog;

    @Autowired
    TestUsers users;

    @Autowired
    com.yiti.platform.TaskManagement tasks;

    long warehouse() {
        return inventory.warehouses().get(0).id();
    }

    ProductView newProduct(ProductType type) {
        String sku = "T-" + UUID.randomUUID().toString().substring(0, 12).toUpperCase();
        return users.runAs(
                "admin",
                () -> catalog.createProduct(new ProductData(
                        sku,
                        "测试物料",
                        "Test item",
                        "个",
                        type,
                        new BigDecimal("100.00"),
                        new BigDecimal("61.5"),
                        new BigDecimal("0.13"),
                        7,
                        BigDecimal.TEN,
                        BigDecimal.valueOf(50),
                        true)));
    }

    @Test
    void receiptsAndAdjustmentsAreMovesAndTheBalanceFollows() {
        var p = newProduct(ProductType.BOUGHT);
        inventory.receive(p.id(), warehouse(), new BigDecimal("12.5"), MoveReason.RECEIPT, "OPENING");
        var after = users.runAs(
                "warehouse", () -> inventory.adjust(p.id(), warehouse(), new BigDecimal("10"), "count 2026-11"));
        assertThat(after.onHand()).isEqualByComparingTo("10");
        var ledger =
                moveLog.moves(p.id(), warehouse(), null, PageRequest.of(0, 10)).getContent();
        assertThat(ledger)
                .extracting(StockMoveView::reason)
                .containsExactlyInAnyOrder(MoveReason.RECEIPT, MoveReason.ADJUSTMENT);
        assertThat(ledger)
                .filteredOn(m -> m.reason() == MoveReason.ADJUSTMENT)
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.quantity()).isEqualByComparingTo("-2.5");
                    assertThat(m.movedBy()).isEqualTo("warehouse");
                    assertThat(m.note()).isEqualTo("count 2026-11");
                });
    }

    @Test
    void reservationsTakeWhatIsAvailableAndReleaseGivesItBack() {
        var p = newProduct(ProductType.MADE);
        inventory.receive(p.id(), warehouse(), BigDecimal.valueOf(5), MoveReason.PRODUCTION_OUTPUT, "WO-1");
        assertThat(inventory.reserve(p.id(), warehouse(), BigDecimal.valueOf(3), "order-line:A"))
                .isEqualByComparingTo("3");
        assertThat(inventory.reserve(p.id(), warehouse(), BigDecimal.valueOf(8), "order-line:B"))
                .isEqualByComparingTo("2");
        assertThat(inventory.reserve(p.id(), warehouse(), BigDecimal.ONE, "order-line:C"))
                .isEqualByComparingTo("0");
        var balance = inventory.balance(p.id(), warehouse());
        assertThat(balance.reserved()).isEqualByComparingTo("5");
        assertThat(balance.available()).isEqualByComparingTo("0");

        assertThat(inventory.release("order-line:A")).isEqualByComparingTo("3");
        assertThat(inventory.release("order-line:A"))
                .as("releasing twice gives nothing more")
                .isEqualByComparingTo("0");
        assertThat(inventory.balance(p.id(), warehouse()).available()).isEqualByComparingTo("3");
    }

    @Test
    void stockCannotGoBelowWhatIsReservedNorBeCountedNegative() {
        var p = newProduct(ProductType.BOUGHT);
        inventory.receive(p.id(), warehouse(), BigDecimal.valueOf(10), MoveReason.RECEIPT, "OPENING");
        inventory.reserve(p.id(), warehouse(), BigDecimal.valueOf(6), "order-line:X");
        assertThatThrownBy(() -> users.runAs(
                        "warehouse", () -> inventory.adjust(p.id(), warehouse(), BigDecimal.valueOf(5), "lost")))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> users.runAs(
                        "warehouse", () -> inventory.adjust(p.id(), warehouse(), BigDecimal.valueOf(-1), "x")))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> users.runAs(
                        "warehouse", () -> inventory.adjust(p.id(), warehouse(), BigDecimal.valueOf(8), " ")))
                .satisfies(e -> assertThat(((BusinessRuleException) e).field()).isEqualTo("note"));
        assertThat(inventory.balance(p.id(), warehouse()).onHand()).isEqualByComparingTo("10");
    }

    @Test
    void badQuantitiesAndServicesAreRefused() {
        var p = newProduct(ProductType.BOUGHT);
        assertThatThrownBy(() -> inventory.receive(p.id(), warehouse(), BigDecimal.ZERO, MoveReason.RECEIPT, "x"))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(
                        () -> inventory.receive(p.id(), warehouse(), new BigDecimal("1.0001"), MoveReason.RECEIPT, "x"))
                .isInstanceOf(BusinessRuleException.class);
        var service = newProduct(ProductType.SERVICE);
        assertThatThrownBy(() -> inventory.reserve(service.id(), warehouse(), BigDecimal.ONE, "x"))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void onlyWarehouseAndAdminAdjustAndOnlyAdminAndPurchasingEditProducts() {
        var p = newProduct(ProductType.BOUGHT);
        assertThatThrownBy(
                        () -> users.runAs("sales1", () -> inventory.adjust(p.id(), warehouse(), BigDecimal.ONE, "x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.runAs(
                        "warehouse",
                        () -> catalog.updateProduct(
                                p.id(),
                                p.version(),
                                new ProductData(
                                        p.sku(),
                                        "x",
                                        "x",
                                        "个",
                                        ProductType.BOUGHT,
                                        BigDecimal.ONE,
                                        BigDecimal.ONE,
                                        BigDecimal.ZERO,
                                        1,
                                        BigDecimal.ONE,
                                        BigDecimal.ONE,
                                        true))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void warehouseSeesNoPrices() {
        var p = newProduct(ProductType.BOUGHT);
        assertThat(users.runAs("warehouse", () -> inventory.product(p.id()).listPrice()))
                .isNull();
        assertThat(users.runAs("warehouse", () -> inventory.product(p.id()).standardCost()))
                .isNull();
        assertThat(users.runAs("sales1", () -> inventory.product(p.id()).listPrice()))
                .isEqualByComparingTo("100.00");
    }

    @Test
    void lowStockRaisesATaskForWhoeverReplenishesAndClosesItWhenStockRecovers() {
        var bought = newProduct(ProductType.BOUGHT);
        var made = newProduct(ProductType.MADE);
        inventory.receive(bought.id(), warehouse(), BigDecimal.valueOf(5), MoveReason.RECEIPT, "OPENING");
        inventory.receive(made.id(), warehouse(), BigDecimal.valueOf(3), MoveReason.PRODUCTION_OUTPUT, "WO-low");
        lowStock.refreshLowStockTasks();
        lowStock.refreshLowStockTasks();

        assertThat(lowStockTasks("purchasing", bought))
                .as("one task, however often the rule runs")
                .hasSize(1);
        assertThat(lowStockTasks("production", bought)).isEmpty();
        assertThat(lowStockTasks("production", made)).hasSize(1);
        assertThat(lowStockTasks("purchasing", bought).get(0).titleArgs())
                .containsExactly(bought.sku(), inventory.warehouses().get(0).code());

        inventory.receive(bought.id(), warehouse(), BigDecimal.valueOf(20), MoveReason.RECEIPT, "OPENING");
        lowStock.refreshLowStockTasks();
        assertThat(lowStockTasks("purchasing", bought))
                .as("closed when stock recovers")
                .isEmpty();
        // reserving takes available below the reorder point again
        inventory.reserve(bought.id(), warehouse(), BigDecimal.valueOf(20), "order-line:low");
        lowStock.refreshLowStockTasks();
        assertThat(lowStockTasks("purchasing", bought)).hasSize(1);
        inventory.release("order-line:low");
        lowStock.refreshLowStockTasks();
        assertThat(lowStockTasks("purchasing", bought)).isEmpty();
    }

    private List<com.yiti.platform.TaskView> lowStockTasks(String username, ProductView product) {
        var current = users.current(username);
        return tasks.inbox(current, com.yiti.platform.TaskStatus.OPEN, PageRequest.of(0, 1000)).getContent().stream()
                .filter(t -> ("product:" + product.id() + ":warehouse:" + warehouse()).equals(t.recordRef()))
                .toList();
    }

    /** 50 confirmations racing for the last 10 units reserve exactly 10, every time. */
    @Test
    void noOversellUnderConcurrentReservations() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            for (int round = 0; round < 5; round++) {
                var p = newProduct(ProductType.BOUGHT);
                inventory.receive(p.id(), warehouse(), BigDecimal.TEN, MoveReason.RECEIPT, "OPENING");
                CountDownLatch start = new CountDownLatch(1);
                List<Future<BigDecimal>> results = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    String ref = "order-line:race-" + round + "-" + i;
                    results.add(pool.submit(() -> {
                        start.await();
                        return inventory.reserve(p.id(), warehouse(), BigDecimal.ONE, ref);
                    }));
                }
                start.countDown();
                BigDecimal granted = BigDecimal.ZERO;
                for (Future<BigDecimal> f : results) {
                    granted = granted.add(f.get(60, TimeUnit.SECONDS));
                }
                assertThat(granted).as("round " + round).isEqualByComparingTo("10");
                var balance = inventory.balance(p.id(), warehouse());
                assertThat(balance.reserved()).isEqualByComparingTo("10");
                assertThat(balance.available()).isEqualByComparingTo("0");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** After everything the tests did: on hand = sum of moves, reserved = sum of reservations, 0 ≤ reserved ≤ on hand. */
    @AfterAll
    void ledgerInvariantsHold() {
        assertThat(inventory.ledgerViolations()).isEmpty();
    }
}
