package com.yiti.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.yiti.inventory.InventoryManagement;
import com.yiti.inventory.ProductCatalog;
import com.yiti.inventory.ProductData;
import com.yiti.inventory.ProductType;
import com.yiti.inventory.ProductView;
import com.yiti.shared.BusinessRuleException;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A planner keeps multi-level bills of materials in versions and routings at work centres, and gets a product's
 * standard cost from them level by level; a bill that would contain itself is refused with its loop.
 */
@YitiTest
class BillsOfMaterialsTests {

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
    StandardCosts costs;

    ProductView product(ProductType type, String standardCost) {
        String sku = "B-" + UUID.randomUUID().toString().substring(0, 10).toUpperCase();
        return users.runAs(
                "admin",
                () -> catalog.createProduct(new ProductData(
                        sku,
                        "物料 " + sku,
                        "Item " + sku,
                        "个",
                        type,
                        new BigDecimal("100"),
                        new BigDecimal(standardCost),
                        new BigDecimal("0.13"),
                        5,
                        BigDecimal.ZERO,
                        BigDecimal.ZERO,
                        true,
                        null)));
    }

    BomView activeBill(ProductView product, BomData.Line... lines) {
        return users.runAs("production", () -> {
            BomView draft = boms.create(new BomData(product.id(), null, null, List.of(lines)));
            return boms.activate(draft.id(), draft.version(), null);
        });
    }

    static BomData.Line line(ProductView component, String quantity, String scrapPct) {
        return new BomData.Line(component.id(), new BigDecimal(quantity), new BigDecimal(scrapPct), false);
    }

    /** FG ← 2 × SUB ← (1 × PART ← 2 × R3) + 3 × R2 with 10% scrap; FG also 1 × R1; FG's routing at 60 + 30 per hour. */
    record Tree(ProductView fg, ProductView sub, ProductView part, ProductView r1, ProductView r2, ProductView r3) {}

    Tree tree() {
        ProductView r1 = product(ProductType.BOUGHT, "10");
        ProductView r2 = product(ProductType.BOUGHT, "4");
        ProductView r3 = product(ProductType.BOUGHT, "2");
        ProductView part = product(ProductType.MADE, "0");
        ProductView sub = product(ProductType.MADE, "0");
        ProductView fg = product(ProductType.MADE, "0");
        activeBill(part, line(r3, "2", "0"));
        activeBill(sub, line(part, "1", "0"), line(r2, "3", "10"));
        activeBill(fg, line(sub, "2", "0"), line(r1, "1", "0"));
        users.runAs("production", () -> {
            WorkCentreView line = workCentres.create(new WorkCentreData(
                    "WC-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(),
                    "装配线 Assembly",
                    2,
                    new BigDecimal("8"),
                    EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                    new BigDecimal("60"),
                    new BigDecimal("30"),
                    true));
            // setup 60 min over a lot of 10, run 6 min: 0.2 h a unit, so 12 labour and 6 overhead
            return routings.create(new RoutingData(
                    fg.id(),
                    new BigDecimal("10"),
                    null,
                    List.of(new RoutingData.Operation(
                            line.id(), "总装 Final assembly", new BigDecimal("60"), new BigDecimal("6")))));
        });
        return new Tree(fg, sub, part, r1, r2, r3);
    }

    @Test
    void aThreeLevelBillIsCostedLevelByLevelAndTheCostsAreWrittenOnRequest() {
        Tree t = tree();
        CostRollUp rolled = users.runAs("manager", () -> costs.rollUp(t.fg().id()));
        // PART 2 × 2 = 4; SUB 4 + 3.3 × 4 = 17.2; FG 2 × 17.2 + 10 = 44.4 materials, 12 labour, 6 overhead
        assertThat(rolled.root().materialCost()).isEqualByComparingTo("44.4");
        assertThat(rolled.root().labourCost()).isEqualByComparingTo("12");
        assertThat(rolled.root().overheadCost()).isEqualByComparingTo("6");
        assertThat(rolled.root().unitCost()).isEqualByComparingTo("62.4");
        assertThat(rolled.current()).isEqualByComparingTo("0");
        assertThat(rolled.rows())
                .extracting(CostRollUp.Node::productId, CostRollUp.Node::level)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(t.fg().id(), 0),
                        org.assertj.core.groups.Tuple.tuple(t.sub().id(), 1),
                        org.assertj.core.groups.Tuple.tuple(t.part().id(), 2),
                        org.assertj.core.groups.Tuple.tuple(t.r3().id(), 3),
                        org.assertj.core.groups.Tuple.tuple(t.r2().id(), 2),
                        org.assertj.core.groups.Tuple.tuple(t.r1().id(), 1));
        CostRollUp.Node r2 = rolled.rows().get(4);
        assertThat(r2.quantity()).isEqualByComparingTo("3.3");
        assertThat(r2.extendedCost()).isEqualByComparingTo("13.2");

        assertThatThrownBy(() -> users.runAs("manager", () -> costs.update(t.fg().id())))
                .isInstanceOf(AccessDeniedException.class);
        users.runAs("production", () -> costs.update(t.fg().id()));
        var updated = users.runAs(
                "admin",
                () -> inventory.productsById(
                        List.of(t.fg().id(), t.sub().id(), t.part().id())));
        assertThat(updated.get(t.fg().id()).standardCost()).isEqualByComparingTo("62.4");
        assertThat(updated.get(t.sub().id()).standardCost()).isEqualByComparingTo("17.2");
        assertThat(updated.get(t.part().id()).standardCost()).isEqualByComparingTo("4");
    }

    @Test
    void aBillThatWouldContainItselfIsRefusedWithItsLoop() {
        Tree t = tree();
        assertThatThrownBy(() -> users.runAs(
                        "production",
                        () -> boms.create(new BomData(t.part().id(), null, null, List.of(line(t.fg(), "1", "0"))))))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.code()).isEqualTo("bom.loop");
                    assertThat(e.field()).isEqualTo("lines[0].componentId");
                    assertThat(e.args()[0])
                            .isEqualTo(t.part().sku() + " → " + t.fg().sku() + " → "
                                    + t.sub().sku() + " → " + t.part().sku());
                });
        assertThatThrownBy(() -> users.runAs(
                        "production",
                        () -> boms.create(new BomData(t.r1().id(), null, null, List.of(line(t.r2(), "1", "0"))))))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class, e -> assertThat(e.code()).isEqualTo("production.onlyMade"));
        assertThatThrownBy(() -> users.runAs(
                        "production",
                        () -> boms.create(new BomData(
                                t.fg().id(), null, null, List.of(line(t.r1(), "1", "0"), line(t.r1(), "2", "0"))))))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.code()).isEqualTo("bom.duplicateComponent");
                    assertThat(e.field()).isEqualTo("lines[1].componentId");
                });
    }

    @Test
    void aNewVersionReplacesTheOneInForceAndWhereUsedFollowsIt() {
        Tree t = tree();
        BomView v1 = users.runAs("production", () -> boms.active(t.fg().id()).orElseThrow());
        assertThatThrownBy(() -> users.runAs(
                        "production",
                        () -> boms.update(
                                v1.id(),
                                v1.version(),
                                new BomData(t.fg().id(), null, null, List.of(line(t.r1(), "5", "0"))))))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class, e -> assertThat(e.code()).isEqualTo("bom.notDraft"));

        BomView v2 = users.runAs("production", () -> {
            BomView copy = boms.copy(v1.id());
            BomView changed = boms.update(
                    copy.id(),
                    copy.version(),
                    new BomData(t.fg().id(), null, "少一个子件 One sub less", List.of(line(t.sub(), "1", "0"))));
            return boms.activate(changed.id(), changed.version(), LocalDate.of(2027, 1, 1));
        });
        assertThat(v2.versionNo()).isEqualTo(2);
        assertThat(v2.status()).isEqualTo(BomStatus.ACTIVE);
        assertThat(v2.validFrom()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(users.runAs("manager", () -> boms.versionsOf(t.fg().id())))
                .extracting(BomView::versionNo, BomView::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, BomStatus.ACTIVE),
                        org.assertj.core.groups.Tuple.tuple(1, BomStatus.ARCHIVED));
        // R1 is no longer in the bill in force; SUB is, once
        assertThat(users.runAs("manager", () -> boms.whereUsed(t.r1().id()))).isEmpty();
        assertThat(users.runAs("manager", () -> boms.whereUsed(t.sub().id())))
                .extracting(WhereUsed::productId, WhereUsed::versionNo)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(t.fg().id(), 2));
        assertThat(users.runAs("manager", () -> costs.rollUp(t.fg().id()).root().unitCost()))
                .isEqualByComparingTo("35.2");

        assertThatThrownBy(() -> users.runAs(
                        "sales1",
                        () -> boms.create(new BomData(t.fg().id(), null, null, List.of(line(t.r1(), "1", "0"))))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aWorkCentreWorksItsDaysAndShiftsButNotItsHolidays() {
        WorkCentreView wc = users.runAs(
                "production",
                () -> workCentres.create(new WorkCentreData(
                        "cnc-" + UUID.randomUUID().toString().substring(0, 4),
                        "数控车床 CNC",
                        2,
                        new BigDecimal("8"),
                        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY),
                        new BigDecimal("80"),
                        new BigDecimal("40"),
                        true)));
        assertThat(wc.code()).startsWith("CNC-");
        assertThat(wc.hoursPerDay()).isEqualByComparingTo("16");
        LocalDate monday = LocalDate.of(2027, 2, 8);
        users.runAs("production", () -> workCentres.addHoliday(wc.id(), monday.plusDays(2), "春节 Spring Festival"));
        // Mon–Sun of that week: five working days left (Wednesday off, Sunday not a working day)
        assertThat(users.runAs("manager", () -> workCentres.hoursBetween(wc.id(), monday, monday.plusDays(6))))
                .isEqualByComparingTo("80");
        assertThat(users.runAs("manager", () -> workCentres.hoursOn(wc.id(), monday.plusDays(2))))
                .isEqualByComparingTo("0");
        assertThatThrownBy(() -> users.runAs(
                        "production",
                        () -> workCentres.create(new WorkCentreData(
                                "X1",
                                "过满 Too long",
                                3,
                                new BigDecimal("9"),
                                EnumSet.of(DayOfWeek.MONDAY),
                                BigDecimal.ONE,
                                BigDecimal.ONE,
                                true))))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("hoursPerShift"));
    }

    @Test
    void theDemoConveyorIsBuiltThreeLevelsDeepWithItsFixtureAPhantomAndANewCabinetVersionWaiting() {
        long conveyor = inventory.productIdsBySku(List.of("CNV-105")).get("CNV-105");
        long cabinet = inventory.productIdsBySku(List.of("CAB-104")).get("CAB-104");
        CostRollUp rolled = users.runAs("manager", () -> costs.rollUp(conveyor));
        assertThat(rolled.rows()).extracting(CostRollUp.Node::level).contains(0, 1, 2);
        assertThat(rolled.rows())
                .filteredOn(CostRollUp.Node::phantom)
                .extracting(CostRollUp.Node::sku)
                .containsExactly("FIX-106");
        assertThat(rolled.root().labourCost()).isPositive();
        assertThat(users.runAs("manager", () -> boms.versionsOf(cabinet)))
                .extracting(BomView::status)
                .containsExactly(BomStatus.DRAFT, BomStatus.ACTIVE);
        assertThat(users.runAs(
                        "manager", () -> workCentres.list("ASM", org.springframework.data.domain.PageRequest.of(0, 5))))
                .extracting(WorkCentreView::code)
                .contains("ASM");
    }
}
