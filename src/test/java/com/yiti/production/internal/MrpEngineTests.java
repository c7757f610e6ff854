package com.yiti.production.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.yiti.production.DemandKind;
import com.yiti.production.LotPolicy;
import com.yiti.production.internal.MrpEngine.Component;
import com.yiti.production.internal.MrpEngine.DemandIn;
import com.yiti.production.internal.MrpEngine.Item;
import com.yiti.production.internal.MrpEngine.Proposal;
import com.yiti.production.internal.MrpEngine.SupplyIn;
import com.yiti.production.internal.MrpEngine.SupplyKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The planning computation on small, hand-checked cases: netting against stock and open supply, lot sizing, the
 * explosion level by level with pegging, and the reasons a late proposal gives.
 */
class MrpEngineTests {

    static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    static final long WH = 1;

    // 10: cabinet (made) = 2 × 20 panel (made) + 4 × 30 screw (bought); 20: panel = 1.5 × 40 sheet (bought)
    static final Map<Long, List<Component>> BILLS = Map.of(
            10L, List.of(new Component(20, new BigDecimal("2")), new Component(30, new BigDecimal("4"))),
            20L, List.of(new Component(40, new BigDecimal("1.5"))));

    /** Made products take 2 days per lot, bought ones 10 days. */
    static final MrpEngine.LeadTimes LEAD = new MrpEngine.LeadTimes() {
        @Override
        public LocalDate start(Item item, BigDecimal quantity, LocalDate due) {
            return due.minusDays(item.made() ? 2 : 10);
        }

        @Override
        public LocalDate finish(Item item, BigDecimal quantity, LocalDate start) {
            return start.plusDays(item.made() ? 2 : 10);
        }
    };

    static Map<Long, Item> items(Item... overrides) {
        Map<Long, Item> items = new java.util.HashMap<>(Map.of(
                10L, item(10, "CAB", true),
                20L, item(20, "PNL", true),
                30L, item(30, "SCR", false),
                40L, item(40, "SHT", false)));
        for (Item i : overrides) {
            items.put(i.productId(), i);
        }
        return items;
    }

    static Item item(long id, String sku, boolean made) {
        return new Item(id, sku, made, LotPolicy.LOT_FOR_LOT, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    static DemandIn order(long product, String qty, LocalDate date, String number) {
        return new DemandIn(product, WH, date, new BigDecimal(qty), DemandKind.ORDER, number, 900L, 901L);
    }

    static SupplyIn stock(long product, String qty) {
        return new SupplyIn(product, WH, TODAY, new BigDecimal(qty), SupplyKind.STOCK, null);
    }

    static Proposal of(List<Proposal> proposals, long product) {
        return proposals.stream()
                .filter(p -> p.productId() == product)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void lowLevelCodesPutEachProductBelowItsDeepestParent() {
        Map<Long, List<Component>> bills = Map.of(
                10L, List.of(new Component(20, BigDecimal.ONE), new Component(40, BigDecimal.ONE)),
                20L, List.of(new Component(40, BigDecimal.ONE)));
        Map<Long, Integer> llc = MrpEngine.lowLevelCodes(bills);
        assertThat(llc.getOrDefault(10L, 0)).isZero();
        assertThat(llc.get(20L)).isEqualTo(1);
        // used directly by the cabinet and by the panel: planned after the panel
        assertThat(llc.get(40L)).isEqualTo(2);
    }

    @Test
    void shortagesExplodeLevelByLevelAndEveryProposalIsPeggedToWhatItServes() {
        LocalDate due = TODAY.plusDays(30);
        var result = new MrpEngine(items(), BILLS, LEAD, TODAY)
                .run(
                        List.of(order(10, "10", due, "SO-1")),
                        List.of(stock(10, "4"), stock(20, "2"), stock(30, "100"), stock(40, "0")));
        List<Proposal> proposals = result.proposals();
        // cabinet: 10 ordered − 4 in stock = 6 to make, due on the order's date, started 2 days before
        Proposal cab = of(proposals, 10);
        assertThat(cab.make()).isTrue();
        assertThat(cab.quantity()).isEqualByComparingTo("6");
        assertThat(cab.due()).isEqualTo(due);
        assertThat(cab.start()).isEqualTo(due.minusDays(2));
        assertThat(cab.pegs()).singleElement().satisfies(peg -> {
            assertThat(peg.demand().kind()).isEqualTo(DemandKind.ORDER);
            assertThat(peg.demand().reference()).isEqualTo("SO-1");
            assertThat(peg.quantity()).isEqualByComparingTo("6");
        });
        // panels: 6 × 2 = 12 − 2 in stock = 10, due when the cabinets start, pegged to the cabinet proposal
        Proposal pnl = of(proposals, 20);
        assertThat(pnl.quantity()).isEqualByComparingTo("10");
        assertThat(pnl.due()).isEqualTo(cab.start());
        assertThat(pnl.pegs().get(0).demand().kind()).isEqualTo(DemandKind.COMPONENT);
        assertThat(pnl.pegs().get(0).demand().parent()).isSameAs(cab);
        // screws: 24 needed, 100 in stock: nothing to buy
        assertThat(proposals).noneMatch(p -> p.productId() == 30);
        // sheet: 10 panels × 1.5 = 15 to buy, ordered 10 days before the panels start
        Proposal sht = of(proposals, 40);
        assertThat(sht.make()).isFalse();
        assertThat(sht.quantity()).isEqualByComparingTo("15");
        assertThat(sht.start()).isEqualTo(pnl.start().minusDays(10));
        assertThat(proposals).noneMatch(Proposal::late);
        assertThat(result.lowLevelCodes().get(40L)).isEqualTo(2);
    }

    @Test
    void openSupplyIsUsedBeforeAnythingIsProposedAndLotsAreSized() {
        LocalDate due = TODAY.plusDays(40);
        Item screwsInBoxes = new Item(
                30, "SCR", false, LotPolicy.MIN_MULTIPLE, new BigDecimal("50"), new BigDecimal("25"), BigDecimal.ZERO);
        Item panelsFixed =
                new Item(20, "PNL", true, LotPolicy.FIXED, new BigDecimal("8"), BigDecimal.ZERO, BigDecimal.ZERO);
        var result = new MrpEngine(items(screwsInBoxes, panelsFixed), BILLS, LEAD, TODAY)
                .run(
                        List.of(order(10, "5", due, "SO-2")),
                        List.of(
                                new SupplyIn(
                                        10,
                                        WH,
                                        TODAY.plusDays(5),
                                        new BigDecimal("2"),
                                        SupplyKind.PRODUCTION_ORDER,
                                        "MO-1"),
                                stock(40, "1000")));
        List<Proposal> proposals = result.proposals();
        // 5 − 2 already on a production order = 3 cabinets
        assertThat(of(proposals, 10).quantity()).isEqualByComparingTo("3");
        // 6 panels → one fixed lot of 8 (2 left over for later demand)
        assertThat(of(proposals, 20).quantity()).isEqualByComparingTo("8");
        // 12 screws → at least 50, in whole boxes of 25 → 50
        assertThat(of(proposals, 30).quantity()).isEqualByComparingTo("50");
    }

    @Test
    void aLateProposalSaysWhichComponentHoldsItUpAndUntilWhen() {
        LocalDate due = TODAY.plusDays(5);
        var result = new MrpEngine(items(), BILLS, LEAD, TODAY)
                .run(List.of(order(10, "1", due, "SO-3")), List.of(stock(20, "10"), stock(40, "100")));
        List<Proposal> proposals = result.proposals();
        // screws are bought in 10 days: needed on day 3, there on day 10
        Proposal scr = of(proposals, 30);
        assertThat(scr.late()).isTrue();
        assertThat(scr.feasibleDate()).isEqualTo(TODAY.plusDays(10));
        assertThat(scr.reasons()).extracting(MrpEngine.Reason::code).containsExactly("mrp.reason.leadTime");
        // so the cabinet starts when the screws come and is done 2 days later
        Proposal cab = of(proposals, 10);
        assertThat(cab.late()).isTrue();
        assertThat(cab.feasibleDate()).isEqualTo(TODAY.plusDays(12));
        assertThat(cab.reasons())
                .extracting(MrpEngine.Reason::code, r -> r.args().get(0))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("mrp.reason.component", "SCR"));
        assertThat(cab.reasons().get(0).args().get(1))
                .isEqualTo(TODAY.plusDays(10).toString());
    }

    @Test
    void aLatePurchaseOrderCoversTheDemandButHoldsTheParentUp() {
        LocalDate due = TODAY.plusDays(20);
        var result = new MrpEngine(items(), BILLS, LEAD, TODAY)
                .run(
                        List.of(order(10, "1", due, "SO-4")),
                        List.of(
                                stock(20, "10"),
                                new SupplyIn(
                                        30,
                                        WH,
                                        TODAY.plusDays(25),
                                        new BigDecimal("4"),
                                        SupplyKind.PURCHASE_ORDER,
                                        "PO-9")));
        List<Proposal> proposals = result.proposals();
        assertThat(proposals).noneMatch(p -> p.productId() == 30);
        Proposal cab = of(proposals, 10);
        assertThat(cab.feasibleDate()).isEqualTo(TODAY.plusDays(27));
        assertThat(cab.reasons().get(0).args())
                .containsExactly("SCR", TODAY.plusDays(25).toString());
    }

    @Test
    void safetyStockIsKeptBackAndDemandOfTheSameDayIsAddedUpInOrder() {
        LocalDate due = TODAY.plusDays(30);
        var result = new MrpEngine(items(), BILLS, LEAD, TODAY)
                .run(
                        List.of(
                                new DemandIn(
                                        30,
                                        WH,
                                        TODAY,
                                        new BigDecimal("20"),
                                        DemandKind.SAFETY_STOCK,
                                        "safety",
                                        null,
                                        null),
                                new DemandIn(
                                        30, WH, due, new BigDecimal("15"), DemandKind.FORECAST, "2027-04", null, null)),
                        List.of(stock(30, "25")));
        Proposal scr = of(result.proposals(), 30);
        // 25 in stock, 20 kept back: 5 left for the forecast of 15 → buy 10
        assertThat(scr.quantity()).isEqualByComparingTo("10");
        assertThat(scr.pegs())
                .singleElement()
                .satisfies(p -> assertThat(p.demand().kind()).isEqualTo(DemandKind.FORECAST));
    }

    @Test
    void theSameWeeksDemandsMakeOneProposalServingEachOfThem() {
        LocalDate due = TODAY.plusDays(30);
        var result = new MrpEngine(items(), BILLS, LEAD, TODAY)
                .run(
                        List.of(
                                order(10, "3", due, "SO-5"),
                                order(10, "4", due.plusDays(1), "SO-6"),
                                order(10, "1", due.plusDays(7), "SO-7")),
                        List.of(stock(20, "100"), stock(30, "100")));
        List<Proposal> cabinets =
                result.proposals().stream().filter(p -> p.productId() == 10).toList();
        assertThat(cabinets).hasSize(2);
        assertThat(cabinets.get(0).quantity()).isEqualByComparingTo("7");
        assertThat(cabinets.get(0).pegs())
                .extracting(p -> p.demand().reference())
                .containsExactly("SO-5", "SO-6");
        assertThat(cabinets.get(1).quantity()).isEqualByComparingTo("1");
    }
}
