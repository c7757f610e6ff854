package com.yiti.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.inventory.ProductType;
import com.yiti.inventory.ProductView;
import com.yiti.order.OrderManagement;
import com.yiti.order.OrderView;
import com.yiti.order.TimelineEntry;
import com.yiti.support.CrmFixtures;
import com.yiti.support.OrderFixtures;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Promised dates that respect the plant: from a production order with room, else when the components are there and
 * the routing fits what the work centre has left; the reason is on the order's timeline; the load shows an overloaded
 * day; moving a production order moves the timelines of the orders that wait for it.
 */
@YitiTest
class CapacityAndPromiseTests {

    @Autowired
    TestUsers users;

    @Autowired
    OrderFixtures fixtures;

    @Autowired
    CrmFixtures crm;

    @Autowired
    OrderManagement orders;

    @Autowired
    BomManagement boms;

    @Autowired
    RoutingManagement routings;

    @Autowired
    WorkCentreManagement workCentres;

    @Autowired
    ProductionManagement production;

    @Autowired
    CapacityPlanning capacity;

    @Autowired
    MockMvc mvc;

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    /** A made product (4 h a unit at its own one-shift, weekdays-only work centre) of one component. */
    record Made(ProductView product, ProductView component, WorkCentreView centre) {}

    Made made(String componentOnHand, int componentLeadDays) {
        ProductView component = fixtures.product(ProductType.BOUGHT, "5", componentLeadDays, componentOnHand);
        ProductView product = fixtures.product(ProductType.MADE, "100", 30, "0");
        WorkCentreView centre = users.runAs("production", () -> {
            BomView draft = boms.create(new BomData(
                    product.id(),
                    null,
                    null,
                    List.of(new BomData.Line(component.id(), BigDecimal.ONE, BigDecimal.ZERO, false))));
            boms.activate(draft.id(), draft.version(), null);
            WorkCentreView wc = workCentres.create(new WorkCentreData(
                    "CP-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(),
                    "测试线 Test line",
                    1,
                    new BigDecimal("8"),
                    EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                    new BigDecimal("60"),
                    new BigDecimal("20"),
                    true));
            routings.create(new RoutingData(
                    product.id(),
                    BigDecimal.ONE,
                    null,
                    List.of(new RoutingData.Operation(wc.id(), "装配", BigDecimal.ZERO, new BigDecimal("240")))));
            return wc;
        });
        return new Made(product, component, centre);
    }

    /** Working days (Monday to Friday) from today on, today included if it is one. */
    static List<LocalDate> workingDays(int count) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = TODAY; days.size() < count; d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                days.add(d);
            }
        }
        return days;
    }

    ProductionOrderView reorder(ProductView product, String quantity, LocalDate due) {
        return users.runAs("production", () -> {
            PlanLineView line =
                    production.planReorder(product.id(), fixtures.warehouse(), new BigDecimal(quantity), due);
            return production.createOrder(List.of(line.id()), due);
        });
    }

    OrderView confirmed(ProductView product, String quantity) {
        var customer = crm.customerOf("sales1");
        OrderView draft = fixtures.draft("sales1", customer.id(), product, quantity);
        return users.runAs("sales1", () -> orders.confirm(draft.id(), null));
    }

    List<TimelineEntry> timeline(OrderView order) {
        return users.runAs("sales1", () -> orders.timeline(order.id(), 0));
    }

    @Test
    void aProductionOrderWithRoomPromisesItsDueDateAndTheLineIsPlannedOnIt() {
        Made m = made("100", 7);
        LocalDate due = TODAY.plusDays(9);
        ProductionOrderView mo = reorder(m.product(), "20", due);

        OrderView order = confirmed(m.product(), "5");
        assertThat(order.lines().get(0).promisedDate()).isEqualTo(due);
        assertThat(timeline(order)).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(com.yiti.order.TimelineType.PROMISE_FIRMED);
            assertThat(e.args()).containsExactly(m.product().sku(), mo.number(), due.toString());
        });
        // the order's line is on that production order, whose quantity stays what it makes
        List<PlanLineView> lines = users.runAs("production", () -> production.linesOf(mo.id()));
        assertThat(lines)
                .filteredOn(l -> l.status() == PlanLineStatus.PLANNED)
                .extracting(l -> l.quantity().stripTrailingZeros().toPlainString(), PlanLineView::orderNumber)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("15", null),
                        org.assertj.core.groups.Tuple.tuple("5", order.number()));
        assertThat(users.runAs("production", () -> production.order(mo.id())).quantity())
                .isEqualByComparingTo("20");

        // moving the production order moves the order's timeline
        LocalDate later = due.plusDays(6);
        users.runAs(
                "production",
                () -> production.reschedule(mo.id(), production.order(mo.id()).version(), later));
        assertThat(timeline(order)).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(com.yiti.order.TimelineType.PLAN_MOVED);
            assertThat(e.args()).containsExactly(m.product().sku(), mo.number(), later.toString());
        });
        // the planner saw the effect before saving
        assertThat(textOf("/production/orders/" + mo.id() + "?reschedule=" + later.plusDays(1)))
                .contains(order.number());
    }

    @Test
    void withoutRoomTheRoutingWaitsForTheWorkCentreAndTheRepSeesWhy() {
        Made m = made("100", 7);
        // 20 × 4 h = 80 h: the work centre's first ten working days
        reorder(m.product(), "20", TODAY.plusDays(3));
        List<LocalDate> days = workingDays(30);

        // 25 more than the 20 planned: 100 h from the eleventh working day, 12½ days
        OrderView order = confirmed(m.product(), "25");
        LocalDate promised = days.get(10 + 12);
        assertThat(order.lines().get(0).promisedDate()).isEqualTo(promised);
        assertThat(timeline(order)).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(com.yiti.order.TimelineType.PROMISE_CAPACITY);
            assertThat(e.args())
                    .containsExactly(
                            m.product().sku(), m.centre().code(), days.get(9).toString(), promised.toString());
        });

        // the load: the first working days full, and the production order on them
        List<CapacityPlanning.CentreLoad> load = users.runAs("production", () -> capacity.load(TODAY, 21));
        CapacityPlanning.CentreLoad centre = load.stream()
                .filter(c -> c.workCentreId() == m.centre().id())
                .findFirst()
                .orElseThrow();
        CapacityPlanning.Day first = centre.days().stream()
                .filter(d -> d.date().equals(days.get(0)))
                .findFirst()
                .orElseThrow();
        assertThat(first.load()).isEqualByComparingTo("8");
        assertThat(first.percent()).isEqualTo(100);
        assertThat(first.orders()).hasSize(1);
        assertThat(textOf("/production/capacity?wc=" + m.centre().id()))
                .contains(m.centre().code());
    }

    @Test
    void aComponentStillToComeHoldsThePromiseUntilItIsHere() {
        Made m = made("0", 7);
        OrderView order = confirmed(m.product(), "1");
        LocalDate here = TODAY.plusDays(7);
        LocalDate made = here;
        while (made.getDayOfWeek().getValue() > 5) {
            made = made.plusDays(1);
        }
        assertThat(order.lines().get(0).promisedDate()).isEqualTo(made);
        LocalDate expected = made;
        assertThat(timeline(order)).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(com.yiti.order.TimelineType.PROMISE_MATERIAL);
            assertThat(e.args())
                    .containsExactly(m.product().sku(), m.component().sku(), here.toString(), expected.toString());
        });
    }

    @Test
    void anOverloadedDayIsRedOnTheCapacityPage() {
        Made m = made("100", 7);
        // two orders due the same day: 2 × 40 h into the week before
        LocalDate due = workingDays(15).get(14);
        reorder(m.product(), "10", due);
        reorder(m.product(), "10", due);
        String page = textOf("/production/capacity?wc=" + m.centre().id());
        assertThat(page).contains("data-overloaded=\"true\"");
    }

    @Autowired
    com.yiti.purchasing.PurchasingManagement purchasing;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void aBoughtProductIsPromisedFromAPurchaseOrderWithRoomThenFromItsLeadTime() {
        ProductView bought = fixtures.product(ProductType.BOUGHT, "20", 12, "0");
        long supplier = jdbc.queryForObject("select min(id) from pur_supplier where active = true", Long.class);
        LocalDate expected = TODAY.plusDays(3);
        var po = users.runAs("purchasing", () -> {
            var req = purchasing.requisitionReorder(bought.id(), fixtures.warehouse(), new BigDecimal("10"));
            var created = purchasing.createPurchaseOrder(supplier, List.of(req.id()), expected);
            return purchasing.send(created.id(), created.version());
        });

        OrderView first = confirmed(bought, "4");
        assertThat(first.lines().get(0).promisedDate()).isEqualTo(expected);
        assertThat(timeline(first)).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(com.yiti.order.TimelineType.PROMISE_PURCHASE);
            assertThat(e.args()).containsExactly(bought.sku(), po.number(), expected.toString());
        });
        // 6 of the 10 are left: 7 more wait for the lead time
        OrderView second = confirmed(bought, "7");
        assertThat(second.lines().get(0).promisedDate()).isEqualTo(TODAY.plusDays(12));
        assertThat(timeline(second)).noneMatch(e -> e.type() == com.yiti.order.TimelineType.PROMISE_PURCHASE);
        OrderView third = confirmed(bought, "6");
        assertThat(third.lines().get(0).promisedDate()).isEqualTo(expected);
    }

    String textOf(String url) {
        try {
            return mvc.perform(get(url).with(users.as("production")))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
