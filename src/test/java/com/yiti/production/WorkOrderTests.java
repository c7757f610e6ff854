package com.yiti.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.yiti.inventory.InventoryManagement;
import com.yiti.inventory.MoveReason;
import com.yiti.inventory.ProductCatalog;
import com.yiti.inventory.ProductData;
import com.yiti.inventory.ProductType;
import com.yiti.inventory.ProductView;
import com.yiti.order.OrderManagement;
import com.yiti.order.OrderView;
import com.yiti.shared.BusinessRuleException;
import com.yiti.support.CrmFixtures;
import com.yiti.support.OrderFixtures;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A production order released against its bill reserves its components or says what is missing; components are
 * issued and backflushed; the finished goods come in at what they cost, and the journal follows every move.
 */
@YitiTest
class WorkOrderTests {

    @Autowired
    TestUsers users;

    @Autowired
    ProductCatalog catalog;

    @Autowired
    InventoryManagement inventory;

    @Autowired
    BomManagement boms;

    @Autowired
    RoutingManagement routings;

    @Autowired
    WorkCentreManagement workCentres;

    @Autowired
    ProductionManagement production;

    @Autowired
    WorkOrders workOrders;

    @Autowired
    ShopFloor shopFloor;

    @Autowired
    OrderFixtures fixtures;

    @Autowired
    CrmFixtures crm;

    @Autowired
    OrderManagement orders;

    @Autowired
    JdbcTemplate jdbc;

    ProductView product(ProductType type, String cost, String onHand) {
        String sku = "W-" + UUID.randomUUID().toString().substring(0, 10).toUpperCase();
        ProductView p = users.runAs(
                "admin",
                () -> catalog.createProduct(new ProductData(
                        sku,
                        "物料 " + sku,
                        "Item " + sku,
                        "个",
                        type,
                        new BigDecimal("100"),
                        new BigDecimal(cost),
                        new BigDecimal("0.13"),
                        5,
                        BigDecimal.ZERO,
                        BigDecimal.ZERO,
                        true,
                        null)));
        if (new BigDecimal(onHand).signum() > 0) {
            users.runAs(
                    "warehouse",
                    () -> inventory.receive(
                            p.id(),
                            fixtures.warehouse(),
                            new BigDecimal(onHand),
                            MoveReason.RECEIPT,
                            new BigDecimal(cost),
                            "OPENING"));
        }
        return p;
    }

    /** A made product of 2 × A (10 each) and 3 × B (4 each), its routing 0.5 h a unit at 60 + 20 an hour. */
    record Kit(ProductView made, ProductView a, ProductView b) {}

    Kit kit(String aOnHand, String bOnHand) {
        ProductView a = product(ProductType.BOUGHT, "10", aOnHand);
        ProductView b = product(ProductType.BOUGHT, "4", bOnHand);
        ProductView made = product(ProductType.MADE, "70", "0");
        users.runAs("production", () -> {
            BomView draft = boms.create(new BomData(
                    made.id(),
                    null,
                    null,
                    List.of(
                            new BomData.Line(a.id(), new BigDecimal("2"), BigDecimal.ZERO, false),
                            new BomData.Line(b.id(), new BigDecimal("3"), BigDecimal.ZERO, false))));
            boms.activate(draft.id(), draft.version(), null);
            WorkCentreView wc = workCentres.create(new WorkCentreData(
                    "WO-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(),
                    "装配 Assembly",
                    1,
                    new BigDecimal("8"),
                    EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                    new BigDecimal("60"),
                    new BigDecimal("20"),
                    true));
            return routings.create(new RoutingData(
                    made.id(),
                    BigDecimal.ONE,
                    null,
                    List.of(new RoutingData.Operation(wc.id(), "装配", BigDecimal.ZERO, new BigDecimal("30")))));
        });
        return new Kit(made, a, b);
    }

    ProductionOrderView order(ProductView made, String quantity) {
        return users.runAs("production", () -> {
            PlanLineView line = production.planReorder(
                    made.id(),
                    fixtures.warehouse(),
                    new BigDecimal(quantity),
                    LocalDate.now().plusDays(10));
            return production.createOrder(List.of(line.id()), null);
        });
    }

    BigDecimal net(String reference, String accountCode) {
        return jdbc.queryForObject(
                "select coalesce(sum(l.debit - l.credit), 0) from fin_journal_line l join fin_journal_entry e on"
                        + " e.id = l.entry_id join fin_account a on a.id = l.account_id where e.document_ref = ? and"
                        + " a.code = ?",
                BigDecimal.class,
                reference,
                accountCode);
    }

    @Test
    void aReleaseReservesTheComponentsAndAShortageRefusesItWithWhatIsMissing() {
        Kit kit = kit("20", "5");
        ProductionOrderView mo = order(kit.made(), "4");
        // 4 made need 8 A (20 there) and 12 B (5 there)
        assertThatThrownBy(() -> users.runAs("production", () -> production.start(mo.id(), mo.version())))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.code()).isEqualTo("workOrder.shortage");
                    assertThat((String) e.args()[0])
                            .contains(kit.b().sku() + " 12/5")
                            .doesNotContain(kit.a().sku());
                });
        assertThat(inventory.reservedFor(mo.number())).isEqualByComparingTo("0");
        assertThat(users.runAs("production", () -> production.order(mo.id()).status()))
                .isEqualTo(ProductionOrderStatus.PLANNED);

        users.runAs(
                "warehouse",
                () -> inventory.receive(
                        kit.b().id(),
                        fixtures.warehouse(),
                        new BigDecimal("7"),
                        MoveReason.RECEIPT,
                        new BigDecimal("4"),
                        "OPENING"));
        ProductionOrderView started = users.runAs("production", () -> production.start(mo.id(), mo.version()));
        assertThat(started.status()).isEqualTo(ProductionOrderStatus.STARTED);
        assertThat(users.runAs("production", () -> workOrders.materials(mo.id())))
                .extracting(
                        MaterialView::componentId,
                        m -> m.reserved().stripTrailingZeros().toPlainString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(kit.a().id(), "8"),
                        org.assertj.core.groups.Tuple.tuple(kit.b().id(), "12"));
        assertThat(users.runAs("admin", () -> inventory.balance(kit.b().id(), fixtures.warehouse()))
                        .available())
                .isEqualByComparingTo("0");
    }

    @Test
    void issuedAndBackflushedComponentsCostTheOutputAndTheJournalClearsProductionCost() {
        Kit kit = kit("20", "20");
        ProductionOrderView mo = order(kit.made(), "4");
        ProductionOrderView started = users.runAs("production", () -> production.start(mo.id(), mo.version()));
        users.runAs("production", () -> {
            workOrders.issue(mo.id(), started.version(), kit.a().id(), new BigDecimal("8"));
            return null;
        });
        assertThatThrownBy(() -> users.runAs("production", () -> {
                    workOrders.issue(
                            mo.id(),
                            production.order(mo.id()).version(),
                            kit.a().id(),
                            BigDecimal.ONE);
                    return null;
                }))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class, e -> assertThat(e.code()).isEqualTo("workOrder.moreThanOpen"));
        // three of four made: B backflushed for three (9 of 12), the other 3 B go back to stock
        ProductionOrderView done = users.runAs(
                "production",
                () -> production.complete(mo.id(), production.order(mo.id()).version(), new BigDecimal("3")));
        assertThat(done.status()).isEqualTo(ProductionOrderStatus.COMPLETED);
        List<MaterialView> materials = users.runAs("production", () -> workOrders.materials(mo.id()));
        assertThat(materials.get(1).issued()).isEqualByComparingTo("9");
        assertThat(inventory.reservedFor(mo.number())).isEqualByComparingTo("0");
        assertThat(users.runAs(
                        "admin",
                        () -> inventory
                                .balance(kit.b().id(), fixtures.warehouse())
                                .available()))
                .isEqualByComparingTo("11");

        // materials 8 × 10 + 9 × 4 = 116; labour 3 × 0.5 h × 60 = 90; overhead 3 × 0.5 × 20 = 30 → 236 for 3
        assertThat(done.materialCost()).isEqualByComparingTo("116");
        assertThat(done.labourCost()).isEqualByComparingTo("90");
        assertThat(done.overheadCost()).isEqualByComparingTo("30");
        assertThat(done.actualUnitCost()).isEqualByComparingTo("78.6667");
        assertThat(done.standardUnitCost()).isEqualByComparingTo("70");
        assertThat(done.variance()).isEqualByComparingTo("26.00");

        // production cost took the materials, labour and overhead and gave them to the output: nothing left (a cent
        // of rounding at most); inventory lost the components and gained the output
        assertThat(net(mo.number(), "5001").abs()).isLessThanOrEqualTo(new BigDecimal("0.01"));
        assertThat(net(mo.number(), "2211")).isEqualByComparingTo("-90");
        assertThat(net(mo.number(), "5101")).isEqualByComparingTo("-30");
        assertThat(net(mo.number(), "1405"))
                .isEqualByComparingTo(new BigDecimal("236.00").subtract(new BigDecimal("116")));
        assertThat(inventory.ledgerViolations()).isEmpty();
    }

    @Test
    void aReleaseAndASalesConfirmationRacingForTheLastComponentsNeverOversell() throws Exception {
        Kit kit = kit("6", "100");
        ProductionOrderView mo = order(kit.made(), "3"); // needs all 6 A
        var customer = crm.customerOf("sales1");
        OrderView sale = fixtures.draft("sales1", customer.id(), kit.a(), 6);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> release = pool.submit(() -> {
                go.await();
                try {
                    users.runAs("production", () -> production.start(mo.id(), mo.version()));
                    return "released";
                } catch (BusinessRuleException e) {
                    return e.code();
                }
            });
            Future<String> confirm = pool.submit(() -> {
                go.await();
                OrderView confirmed = users.runAs("sales1", () -> orders.confirm(sale.id(), null));
                return confirmed
                        .lines()
                        .get(0)
                        .reservedQuantity()
                        .stripTrailingZeros()
                        .toPlainString();
            });
            go.countDown();
            String released = release.get(60, TimeUnit.SECONDS);
            String reservedForSale = confirm.get(60, TimeUnit.SECONDS);
            // exactly one of them holds the six: never both
            if (released.equals("released")) {
                assertThat(reservedForSale).isEqualTo("0");
            } else {
                assertThat(released).isEqualTo("workOrder.shortage");
                assertThat(reservedForSale).isEqualTo("6");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(users.runAs("admin", () -> inventory.balance(kit.a().id(), fixtures.warehouse()))
                        .reserved())
                .isEqualByComparingTo("6");
        assertThat(inventory.ledgerViolations()).isEmpty();
    }

    @Test
    void theShopFloorReportsHoursAndScrapPartsAreReceivedAndCompletionCostsTheRestAtActual() throws Exception {
        Kit kit = kit("20", "20");
        ProductionOrderView mo = order(kit.made(), "4");
        ProductionOrderView started = users.runAs("production", () -> production.start(mo.id(), mo.version()));
        List<OperationView> ops = users.runAs("production", () -> shopFloor.operations(mo.id()));
        assertThat(ops).singleElement().satisfies(op -> {
            assertThat(op.plannedHours()).isEqualByComparingTo("2.00");
            assertThat(op.status()).isEqualTo(OperationStatus.PENDING);
        });
        OperationView op = ops.get(0);

        // scrap needs a reason, and no operation passes on more than reached it
        assertThatThrownBy(() -> users.runAs(
                        "production",
                        () -> shopFloor.reportOperation(
                                op.id(), op.version(), BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, null, false)))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("scrapReason"));
        assertThatThrownBy(() -> users.runAs(
                        "production",
                        () -> shopFloor.reportOperation(
                                op.id(),
                                op.version(),
                                BigDecimal.ONE,
                                new BigDecimal("5"),
                                BigDecimal.ZERO,
                                null,
                                false)))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class, e -> assertThat(e.code()).isEqualTo("operation.moreThanBefore"));

        OperationView reported = users.runAs(
                "production",
                () -> shopFloor.reportOperation(
                        op.id(),
                        op.version(),
                        new BigDecimal("3"),
                        new BigDecimal("3"),
                        BigDecimal.ONE,
                        ScrapReason.MACHINE,
                        true));
        assertThat(reported.status()).isEqualTo(OperationStatus.DONE);
        assertThat(users.runAs("production", () -> production.order(mo.id())).scrappedQuantity())
                .isEqualByComparingTo("1");

        // one received while the order goes on, at the standard kept at release (70)
        ProductionOrderView afterScrap = users.runAs("production", () -> production.order(mo.id()));
        assertThatThrownBy(() -> users.runAs(
                        "production",
                        () -> production.receivePart(afterScrap.id(), afterScrap.version(), new BigDecimal("4"))))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class, e -> assertThat(e.code()).isEqualTo("production.partTooLarge"));
        ProductionOrderView part = users.runAs(
                "production", () -> production.receivePart(afterScrap.id(), afterScrap.version(), BigDecimal.ONE));
        assertThat(part.producedQuantity()).isEqualByComparingTo("1");
        assertThat(part.status()).isEqualTo(ProductionOrderStatus.STARTED);
        assertThat(users.runAs("admin", () -> inventory.balance(kit.made().id(), fixtures.warehouse()))
                        .onHand())
                .isEqualByComparingTo("1");

        // the last two: components for all four (three made, one scrapped), the reported hours at the rates
        ProductionOrderView done =
                users.runAs("production", () -> production.complete(part.id(), part.version(), new BigDecimal("2")));
        assertThat(done.producedQuantity()).isEqualByComparingTo("3");
        assertThat(done.materialCost()).isEqualByComparingTo("128.00");
        assertThat(done.labourCost()).isEqualByComparingTo("180.00");
        assertThat(done.overheadCost()).isEqualByComparingTo("60.00");
        assertThat(done.actualUnitCost()).isEqualByComparingTo("122.6667");
        assertThat(users.runAs("admin", () -> inventory.balance(kit.made().id(), fixtures.warehouse()))
                        .onHand())
                .isEqualByComparingTo("3");
        // production cost is empty again for the order: 128 + 240 in, 70 + 298 out
        assertThat(net(mo.number(), "5001")).isEqualByComparingTo("0");
        assertThat(started.status()).isEqualTo(ProductionOrderStatus.STARTED);
    }

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @Test
    void theWorkOrderApiShowsOperationsAndGuardsWhoReports() throws Exception {
        Kit kit = kit("20", "20");
        ProductionOrderView mo = order(kit.made(), "2");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                "/api/v1/work-orders/" + mo.id() + "/release")
                        .header("Authorization", "Bearer demo-production-key")
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + mo.version() + "}"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.order.status")
                        .value("STARTED"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                                "$.operations[0].status")
                        .value("PENDING"));
        long opId = users.runAs(
                "production", () -> shopFloor.operations(mo.id()).get(0).id());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                "/api/v1/work-orders/" + mo.id() + "/operations/" + opId + "/report")
                        .header("Authorization", "Bearer demo-manager-key")
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"version\": 0, \"hours\": 1}"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isForbidden());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                "/api/v1/work-orders/" + mo.id() + "/operations/" + opId + "/report")
                        .header("Authorization", "Bearer demo-production-key")
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"version\": 0, \"hours\": 1.5, \"goodQuantity\": 2, \"done\": true}"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.status")
                        .value("DONE"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/production/shop-floor")
                        .with(users.as("production")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isOk());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                "/production/orders/" + mo.id())
                        .with(users.as("production")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("operation-" + opId)));
    }

    @Autowired
    StandardCosts standardCosts;

    @Test
    void outputValuedAtStandardPostsTheVarianceAndProductionCostStillNetsToZero() {
        Kit kit = kit("20", "20");
        users.runAs("production", () -> standardCosts.setOutputBasis(kit.made().id(), OutputBasis.STANDARD));
        assertThat(users.runAs(
                        "production", () -> standardCosts.outputBasis(kit.made().id())))
                .isEqualTo(OutputBasis.STANDARD);
        ProductionOrderView mo = order(kit.made(), "4");
        ProductionOrderView started = users.runAs("production", () -> production.start(mo.id(), mo.version()));
        ProductionOrderView done = users.runAs(
                "production", () -> production.complete(started.id(), started.version(), new BigDecimal("4")));
        // 8 A × 10 + 12 B × 4 = 128, labour 4 × 30, overhead 4 × 10: 288, 72 a unit against a standard of 70
        assertThat(done.actualUnitCost()).isEqualByComparingTo("72.0000");
        assertThat(done.standardUnitCost()).isEqualByComparingTo("70");
        assertThat(done.variance()).isEqualByComparingTo("8.00");
        // the output went into stock at standard, the 8 over it to the production cost variance
        assertThat(jdbc.queryForObject(
                        "select sum(move_value) from inv_stock_move where reference = ? and reason = 'PRODUCTION_OUTPUT'",
                        BigDecimal.class,
                        mo.number()))
                .isEqualByComparingTo("280.00");
        assertThat(net(mo.number(), "1409")).isEqualByComparingTo("8.00");
        assertThat(net(mo.number(), "5001")).isEqualByComparingTo("0");
        // only the planner sets it
        assertThatThrownBy(() -> users.runAs(
                        "manager", () -> standardCosts.setOutputBasis(kit.made().id(), OutputBasis.ACTUAL)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
