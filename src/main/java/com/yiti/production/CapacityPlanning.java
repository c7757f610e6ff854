package com.yiti.production;

import com.yiti.inventory.InventoryManagement;
import com.yiti.inventory.PlanningStock;
import com.yiti.inventory.ProductView;
import com.yiti.production.internal.CapacityLoad;
import com.yiti.production.internal.MrpInputs;
import com.yiti.production.internal.PlanLine;
import com.yiti.production.internal.PlanLines;
import com.yiti.production.internal.ProductionOrder;
import com.yiti.production.internal.ProductionOrders;
import com.yiti.production.spi.PurchaseSupply;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Capacity and promised dates (decision 043). The load: open production orders laid on their work centres by
 * infinite forward loading from their start (their due date less the routing's time, not before today), per work
 * centre and day against the calendar's hours. The promise for a made product short of stock: from a production
 * order already planned that nothing else waits for; otherwise capable-to-promise — when its components are there
 * (free stock, then open purchase and production supply, then their lead time), and from then when its routing fits
 * into what the work centres have left, day by day (finite loading). The reason goes with the date.
 */
@Service
@Transactional(readOnly = true)
public class CapacityPlanning {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Set<ProductionOrderStatus> OPEN =
            EnumSet.of(ProductionOrderStatus.PLANNED, ProductionOrderStatus.STARTED);

    /**
     * A date promised for a made product and why: FIRMED (from {@code productionOrderId}), MATERIAL, CAPACITY,
     * ROUTING or LEAD_TIME, with the reason's arguments.
     */
    public record Promise(LocalDate date, String reason, List<String> args, Long productionOrderId) {

        Promise(LocalDate date, String reason, List<String> args) {
            this(date, reason, args, null);
        }
    }

    /** One work centre over a range of days. */
    public record CentreLoad(long workCentreId, String code, List<Day> days) {

        public boolean overloaded() {
            return days.stream().anyMatch(Day::overloaded);
        }
    }

    /** A day at a work centre: its hours, what is loaded, and the production orders on it. */
    public record Day(LocalDate date, BigDecimal capacity, BigDecimal load, List<String> orders) {

        public boolean overloaded() {
            return load.compareTo(capacity) > 0;
        }

        /** Load as a per cent of capacity (999 on a day off with load). */
        public int percent() {
            if (capacity.signum() == 0) {
                return load.signum() == 0 ? 0 : 999;
            }
            return load.multiply(BigDecimal.valueOf(100))
                    .divide(capacity, 0, RoundingMode.HALF_UP)
                    .intValue();
        }
    }

    private final ProductionOrders orders;
    private final PlanLines planLines;
    private final MrpInputs inputs;
    private final PlanningStock stock;
    private final BomManagement boms;
    private final InventoryManagement inventory;
    private final ObjectProvider<PurchaseSupply> purchasing;
    private final Clock clock;

    CapacityPlanning(
            ProductionOrders orders,
            PlanLines planLines,
            MrpInputs inputs,
            PlanningStock stock,
            BomManagement boms,
            InventoryManagement inventory,
            ObjectProvider<PurchaseSupply> purchasing,
            Clock clock) {
        this.orders = orders;
        this.planLines = planLines;
        this.inputs = inputs;
        this.stock = stock;
        this.boms = boms;
        this.inventory = inventory;
        this.purchasing = purchasing;
        this.clock = clock;
    }

    /** Open production orders laid on their work centres, and the lead times and calendars they were laid with. */
    private record Loaded(
            CapacityLoad load,
            Map<Long, MrpInputs.Calendar> calendars,
            MrpInputs.PlantLeadTimes leadTimes,
            Map<LocalDate, Map<Long, Set<String>>> ordersByDay,
            List<Job> jobs) {}

    /** An open production order as scheduled: the days it works on, and when it is due. */
    public record Job(long id, String number, long productId, LocalDate due, Set<LocalDate> days) {

        public boolean late() {
            return days.stream().anyMatch(d -> d.isAfter(due));
        }
    }

    private Loaded loaded(LocalDate today, Long extraProduct) {
        List<ProductionOrder> open = orders.findByStatusIn(OPEN);
        Set<Long> products = open.stream().map(ProductionOrder::getProductId).collect(Collectors.toSet());
        if (extraProduct != null) {
            products.add(extraProduct);
        }
        Map<Long, List<MrpInputs.Operation>> routings = inputs.routings(products);
        Map<Long, MrpInputs.Calendar> calendars = inputs.calendars(today);
        Map<Long, Integer> leadDays = inventory.productsById(products).values().stream()
                .collect(Collectors.toMap(ProductView::id, ProductView::leadTimeDays));
        MrpInputs.PlantLeadTimes leadTimes = new MrpInputs.PlantLeadTimes(leadDays, routings, calendars);
        CapacityLoad load = new CapacityLoad(routings, calendars);
        Map<LocalDate, Map<Long, Set<String>>> byDay = new HashMap<>();
        List<Job> jobs = new ArrayList<>();
        for (ProductionOrder o : open.stream()
                .sorted(Comparator.comparing(ProductionOrder::getDueDate).thenComparing(ProductionOrder::getId))
                .toList()) {
            BigDecimal left = o.getQuantity().subtract(o.getProducedQuantity());
            if (left.signum() <= 0) {
                continue;
            }
            LocalDate start = leadTimes.start(item(o.getProductId()), left, o.getDueDate());
            Set<LocalDate> days = new java.util.TreeSet<>();
            for (CapacityLoad.Slice s : load.add(o.getProductId(), left, start.isBefore(today) ? today : start)) {
                byDay.computeIfAbsent(s.date(), k -> new HashMap<>())
                        .computeIfAbsent(s.workCentreId(), k -> new java.util.TreeSet<>())
                        .add(o.getNumber());
                days.add(s.date());
            }
            jobs.add(new Job(o.getId(), o.getNumber(), o.getProductId(), o.getDueDate(), days));
        }
        return new Loaded(load, calendars, leadTimes, byDay, jobs);
    }

    private static com.yiti.production.internal.MrpEngine.Item item(long productId) {
        return new com.yiti.production.internal.MrpEngine.Item(
                productId, "", true, LotPolicy.LOT_FOR_LOT, null, null, null);
    }

    /** Open production orders as scheduled, those working within the range, earliest due first (the Gantt). */
    public List<Job> jobs(LocalDate from, int days) {
        LocalDate to = from.plusDays(days - 1);
        return loaded(today(), null).jobs().stream()
                .filter(j -> j.days().stream().anyMatch(d -> !d.isBefore(from) && !d.isAfter(to)))
                .toList();
    }

    /** The load of every active work centre for {@code days} days from {@code from}. */
    public List<CentreLoad> load(LocalDate from, int days) {
        LocalDate today = today();
        Loaded l = loaded(today, null);
        List<CentreLoad> centres = new ArrayList<>();
        for (Map.Entry<Long, MrpInputs.Calendar> e : new TreeMap<>(l.calendars()).entrySet()) {
            TreeMap<LocalDate, BigDecimal> hours = l.load().load().getOrDefault(e.getKey(), new TreeMap<>());
            List<Day> list = new ArrayList<>();
            for (int i = 0; i < days; i++) {
                LocalDate d = from.plusDays(i);
                list.add(new Day(
                        d,
                        e.getValue().hoursOn(d),
                        hours.getOrDefault(d, BigDecimal.ZERO),
                        List.copyOf(l.ordersByDay().getOrDefault(d, Map.of()).getOrDefault(e.getKey(), Set.of()))));
            }
            centres.add(new CentreLoad(e.getKey(), e.getValue().code(), list));
        }
        centres.sort(Comparator.comparing(CentreLoad::code));
        return centres;
    }

    /**
     * When a quantity of a made product can be ready in a warehouse, and why then. Reads only: the caller records the
     * promise.
     */
    public Promise promise(long productId, long warehouseId, BigDecimal quantity) {
        LocalDate today = today();
        // 1. a production order already planned with room that no order line has taken
        for (ProductionOrder o : orders.findByProductIdAndStatusInOrderByDueDate(productId, OPEN)) {
            if (o.getWarehouseId() != warehouseId) {
                continue;
            }
            // room: what the order makes for no customer's line (its reorder and planned lines), not made yet
            BigDecimal room = planLines.findByProductionOrderIdOrderByNeedByAsc(o.getId()).stream()
                    .filter(l -> l.getStatus() == PlanLineStatus.PLANNED && l.getOrderLineId() == null)
                    .map(PlanLine::getQuantity)
                    .reduce(BigDecimal.ZERO, BigDecimal::add)
                    .min(o.getQuantity().subtract(o.getProducedQuantity()));
            if (room.compareTo(quantity) >= 0) {
                LocalDate due = o.getDueDate().isBefore(today) ? today : o.getDueDate();
                return new Promise(due, "FIRMED", List.of(o.getNumber(), due.toString()), o.getId());
            }
        }
        // 2. when the components are there
        LocalDate materials = today;
        String shortComponent = null;
        var needs = boms.requirements(productId, quantity);
        if (needs.isPresent()) {
            Map<Long, BigDecimal> components = needs.get().components();
            Map<Long, BigDecimal> free = stock.free(components.keySet(), warehouseId);
            Set<Long> short_ = new HashSet<>();
            components.forEach((c, q) -> {
                if (free.getOrDefault(c, BigDecimal.ZERO).compareTo(q) < 0) {
                    short_.add(c);
                }
            });
            if (!short_.isEmpty()) {
                Map<Long, List<PurchaseSupply.OpenSupply>> supply = new HashMap<>();
                PurchaseSupply buying = purchasing.getIfAvailable();
                if (buying != null) {
                    buying.openSupplyOf(short_).stream()
                            .filter(s -> s.warehouseId() == warehouseId)
                            .forEach(s -> supply.computeIfAbsent(s.productId(), k -> new ArrayList<>())
                                    .add(s));
                }
                Map<Long, ProductView> views = inventory.productsById(short_);
                for (long c : short_.stream().sorted().toList()) {
                    BigDecimal gap = components.get(c).subtract(free.getOrDefault(c, BigDecimal.ZERO));
                    LocalDate there = null;
                    BigDecimal coming = BigDecimal.ZERO;
                    for (PurchaseSupply.OpenSupply s : supply.getOrDefault(c, List.of()).stream()
                            .sorted(Comparator.comparing(PurchaseSupply.OpenSupply::date))
                            .toList()) {
                        coming = coming.add(s.quantity());
                        if (coming.compareTo(gap) >= 0) {
                            there = s.date().isBefore(today) ? today : s.date();
                            break;
                        }
                    }
                    if (there == null) {
                        there = today.plusDays(views.get(c).leadTimeDays());
                    }
                    if (there.isAfter(materials)) {
                        materials = there;
                        shortComponent = views.get(c).sku();
                    }
                }
            }
        }
        // 3. from then, when the routing fits into what the work centres have left
        Loaded l = loaded(today, productId);
        List<MrpInputs.Operation> ops = inputs.routings(List.of(productId)).get(productId);
        if (ops == null) {
            LocalDate date = materials.plusDays(inventory.product(productId).leadTimeDays());
            return shortComponent != null
                    ? new Promise(date, "MATERIAL", List.of(shortComponent, materials.toString(), date.toString()))
                    : new Promise(
                            date,
                            "LEAD_TIME",
                            List.of(String.valueOf(inventory.product(productId).leadTimeDays())));
        }
        LocalDate day = materials;
        LocalDate fullUntil = null;
        String fullCentre = null;
        for (MrpInputs.Operation o : ops) {
            MrpInputs.Calendar c = l.calendars().get(o.workCentreId());
            if (c == null || c.hoursPerDay().signum() <= 0) {
                continue;
            }
            BigDecimal left = o.hours(quantity);
            TreeMap<LocalDate, BigDecimal> loaded = l.load().load().getOrDefault(o.workCentreId(), new TreeMap<>());
            for (int guard = 0; left.signum() > 0 && guard < 3660; guard++) {
                BigDecimal room = c.hoursOn(day).subtract(loaded.getOrDefault(day, BigDecimal.ZERO));
                if (room.signum() > 0) {
                    BigDecimal h = left.min(room);
                    left = left.subtract(h);
                    loaded.merge(day, h, BigDecimal::add);
                } else if (c.works(day)) {
                    fullUntil = day;
                    fullCentre = c.code();
                }
                if (left.signum() > 0) {
                    day = day.plusDays(1);
                }
            }
        }
        if (fullUntil != null) {
            return new Promise(day, "CAPACITY", List.of(fullCentre, fullUntil.toString(), day.toString()));
        }
        if (shortComponent != null) {
            return new Promise(day, "MATERIAL", List.of(shortComponent, materials.toString(), day.toString()));
        }
        return new Promise(day, "ROUTING", List.of(day.toString()));
    }

    /** Plan adherence: of the production orders completed in a period (China days), how many by their due date. */
    public record Adherence(long completed, long onTime) {

        /** On time as a per cent, null with none completed. */
        public BigDecimal percent() {
            return completed == 0
                    ? null
                    : BigDecimal.valueOf(onTime * 100).divide(BigDecimal.valueOf(completed), 1, RoundingMode.HALF_UP);
        }
    }

    public Adherence adherence(LocalDate from, LocalDate to) {
        long completed = 0;
        long onTime = 0;
        for (ProductionOrder o : orders.findByStatusAndCompletedAtBetween(
                ProductionOrderStatus.COMPLETED,
                from.atStartOfDay(CHINA).toInstant(),
                to.plusDays(1).atStartOfDay(CHINA).toInstant())) {
            completed++;
            if (!LocalDate.ofInstant(o.getCompletedAt(), CHINA).isAfter(o.getDueDate())) {
                onTime++;
            }
        }
        return new Adherence(completed, onTime);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(CHINA));
    }
}
