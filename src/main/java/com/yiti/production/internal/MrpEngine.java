package com.yiti.production.internal;

import com.yiti.production.DemandKind;
import com.yiti.production.LotPolicy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Material requirements planning as a pure computation (decision 042): no database, no clock, so it can be tested
 * on a handful of rows and measured on a hundred thousand.
 *
 * <p>Products are planned by low-level code (a product's deepest place in any bill), so every parent's planned
 * orders have put their component demand in place before the component is netted. For each product and warehouse
 * the demands, earliest first, take the supplies, earliest first (free stock today, then open production orders,
 * purchase orders and requisitions by their dates); what stays uncovered becomes a proposal for the week (the week's
 * later demands, to Sunday, join it), lot-sized, due when its first demand needs it and started its lead time earlier. A made product's proposal puts its components' demand (scrap
 * included, phantoms exploded) on its start date. Every proposal keeps the demands it serves (its pegging).
 *
 * <p>A second pass, deepest level first, finds when each proposal can really be done: not before today plus its
 * lead time, and not before its components are there (a component covered by a late supply or a late proposal
 * holds its parent up). A proposal that cannot meet its due date is late and says why.
 */
public final class MrpEngine {

    /** A product as planning sees it; {@code made} products have a bill (components may be empty). */
    public record Item(
            long productId,
            String sku,
            boolean made,
            LotPolicy policy,
            BigDecimal lotQuantity,
            BigDecimal lotMultiple,
            BigDecimal safetyStock) {}

    /** One line of a bill as planning uses it: the quantity per unit of the parent, scrap included. */
    public record Component(long componentId, BigDecimal perUnit) {}

    /** A gross requirement from outside the run: an order line, a forecast month, safety stock. */
    public record DemandIn(
            long productId,
            long warehouseId,
            LocalDate date,
            BigDecimal quantity,
            DemandKind kind,
            String reference,
            Long orderLineId,
            Long planLineId) {}

    /** What will be there to use: free stock, or an open document due on a date. */
    public record SupplyIn(
            long productId, long warehouseId, LocalDate date, BigDecimal quantity, SupplyKind kind, String reference) {}

    public enum SupplyKind {
        STOCK,
        PRODUCTION_ORDER,
        PURCHASE_ORDER,
        REQUISITION,
        PROPOSAL
    }

    /** How long a product takes: working back from a due date to a start, and forward from a start. */
    public interface LeadTimes {
        LocalDate start(Item item, BigDecimal quantity, LocalDate due);

        LocalDate finish(Item item, BigDecimal quantity, LocalDate start);
    }

    /** Why a proposal is late: a message code and its arguments (the reader's language picks the words). */
    public record Reason(String code, List<String> args) {}

    /** A demand inside the run, with the supplies that cover it. */
    public static final class Demand {
        final long productId;
        final long warehouseId;
        final LocalDate date;
        final BigDecimal quantity;
        final DemandKind kind;
        final String reference;
        final Long orderLineId;
        final Long planLineId;
        final Proposal parent;
        final List<Allocation> coveredBy = new ArrayList<>(1);

        Demand(DemandIn in, Proposal parent) {
            this.productId = in.productId();
            this.warehouseId = in.warehouseId();
            this.date = in.date();
            this.quantity = in.quantity();
            this.kind = in.kind();
            this.reference = in.reference();
            this.orderLineId = in.orderLineId();
            this.planLineId = in.planLineId();
            this.parent = parent;
        }

        public long productId() {
            return productId;
        }

        public LocalDate date() {
            return date;
        }

        public BigDecimal quantity() {
            return quantity;
        }

        public DemandKind kind() {
            return kind;
        }

        public String reference() {
            return reference;
        }

        public Long orderLineId() {
            return orderLineId;
        }

        public Long planLineId() {
            return planLineId;
        }

        public Proposal parent() {
            return parent;
        }

        /** When the last of it is there: the latest date among the supplies that cover it (today for stock). */
        public LocalDate coveredOn() {
            LocalDate on = null;
            for (Allocation a : coveredBy) {
                LocalDate d = a.supply.availableOn();
                if (on == null || d.isAfter(on)) {
                    on = d;
                }
            }
            return on;
        }
    }

    /** Part of a supply given to a demand. */
    record Allocation(Supply supply, BigDecimal quantity) {}

    /** A supply inside the run; a proposal's supply is the proposal. */
    static final class Supply {
        final LocalDate date;
        final SupplyKind kind;
        final String reference;
        final Proposal proposal;
        BigDecimal remaining;

        Supply(LocalDate date, BigDecimal quantity, SupplyKind kind, String reference, Proposal proposal) {
            this.date = date;
            this.remaining = quantity;
            this.kind = kind;
            this.reference = reference;
            this.proposal = proposal;
        }

        LocalDate availableOn() {
            return proposal != null ? proposal.feasibleDate : date;
        }
    }

    /** A proposed production order (make) or requisition (buy) with the demands it serves. */
    public static final class Proposal {
        final Item item;
        final long warehouseId;
        final int lowLevelCode;
        final BigDecimal quantity;
        final LocalDate due;
        final LocalDate start;
        LocalDate feasibleDate;
        final List<Peg> pegs = new ArrayList<>(2);
        final List<Demand> components = new ArrayList<>();
        final List<Reason> reasons = new ArrayList<>(1);

        Proposal(Item item, long warehouseId, int lowLevelCode, BigDecimal quantity, LocalDate due, LocalDate start) {
            this.item = item;
            this.warehouseId = warehouseId;
            this.lowLevelCode = lowLevelCode;
            this.quantity = quantity;
            this.due = due;
            this.start = start;
            this.feasibleDate = due;
        }

        public long productId() {
            return item.productId();
        }

        public String sku() {
            return item.sku();
        }

        public long warehouseId() {
            return warehouseId;
        }

        public boolean make() {
            return item.made();
        }

        public int lowLevelCode() {
            return lowLevelCode;
        }

        public BigDecimal quantity() {
            return quantity;
        }

        public LocalDate due() {
            return due;
        }

        public LocalDate start() {
            return start;
        }

        /** When it can really be there (its due date unless it is late). */
        public LocalDate feasibleDate() {
            return feasibleDate;
        }

        public boolean late() {
            return feasibleDate.isAfter(due);
        }

        public List<Peg> pegs() {
            return pegs;
        }

        public List<Reason> reasons() {
            return reasons;
        }
    }

    /** A demand a proposal serves, and how much of it. */
    public record Peg(Demand demand, BigDecimal quantity) {}

    /** What a run made. */
    public record Result(
            List<Proposal> proposals, int productsPlanned, int demands, Map<Long, Integer> lowLevelCodes) {}

    private final Map<Long, Item> items;
    private final Map<Long, List<Component>> bills;
    private final LeadTimes leadTimes;
    private final LocalDate today;

    public MrpEngine(Map<Long, Item> items, Map<Long, List<Component>> bills, LeadTimes leadTimes, LocalDate today) {
        this.items = items;
        this.bills = bills;
        this.leadTimes = leadTimes;
        this.today = today;
    }

    /**
     * Low-level codes: 0 for a product in no bill, otherwise one more than the deepest parent. Bills have no loops
     * (they are refused when saved), so the walk ends; a loop that slipped in anyway stops at the product count.
     */
    public static Map<Long, Integer> lowLevelCodes(Map<Long, List<Component>> bills) {
        Map<Long, Integer> llc = new HashMap<>();
        // parents first: repeatedly push each component below its parent until nothing moves
        Deque<Long> queue = new ArrayDeque<>(new java.util.TreeSet<>(bills.keySet()));
        int deepest = bills.size() + 1;
        while (!queue.isEmpty()) {
            long parent = queue.poll();
            int level = llc.getOrDefault(parent, 0);
            for (Component c : bills.getOrDefault(parent, List.of())) {
                int below = level + 1;
                if (below > llc.getOrDefault(c.componentId(), 0)) {
                    if (below > deepest) {
                        throw new IllegalStateException("bill loop through product " + c.componentId());
                    }
                    llc.put(c.componentId(), below);
                    if (bills.containsKey(c.componentId())) {
                        queue.add(c.componentId());
                    }
                }
            }
        }
        return llc;
    }

    public Result run(List<DemandIn> demandsIn, List<SupplyIn> suppliesIn) {
        Map<Long, Integer> llc = lowLevelCodes(bills);
        // product → warehouse → demands / supplies
        Map<Long, Map<Long, List<Demand>>> demands = new HashMap<>();
        Map<Long, Map<Long, List<Supply>>> supplies = new HashMap<>();
        for (DemandIn d : demandsIn) {
            if (d.quantity().signum() > 0 && items.containsKey(d.productId())) {
                demands.computeIfAbsent(d.productId(), k -> new HashMap<>())
                        .computeIfAbsent(d.warehouseId(), k -> new ArrayList<>())
                        .add(new Demand(d, null));
            }
        }
        for (SupplyIn s : suppliesIn) {
            if (s.quantity().signum() > 0) {
                supplies.computeIfAbsent(s.productId(), k -> new HashMap<>())
                        .computeIfAbsent(s.warehouseId(), k -> new ArrayList<>())
                        .add(new Supply(
                                s.date() == null || s.date().isBefore(today) ? today : s.date(),
                                s.quantity(),
                                s.kind(),
                                s.reference(),
                                null));
            }
        }
        // level by level; within a level by product id, so a run is repeatable
        TreeMap<Integer, List<Long>> levels = new TreeMap<>();
        for (Long productId : items.keySet()) {
            levels.computeIfAbsent(llc.getOrDefault(productId, 0), k -> new ArrayList<>())
                    .add(productId);
        }
        List<Proposal> proposals = new ArrayList<>();
        int demandCount = 0;
        int planned = 0;
        for (Map.Entry<Integer, List<Long>> level : levels.entrySet()) {
            List<Long> ids = level.getValue();
            ids.sort(Comparator.naturalOrder());
            for (long productId : ids) {
                Map<Long, List<Demand>> byWarehouse = demands.get(productId);
                if (byWarehouse == null) {
                    continue;
                }
                planned++;
                for (Map.Entry<Long, List<Demand>> e : new TreeMap<>(byWarehouse).entrySet()) {
                    demandCount += e.getValue().size();
                    List<Supply> there =
                            supplies.getOrDefault(productId, Map.of()).getOrDefault(e.getKey(), new ArrayList<>());
                    net(items.get(productId), e.getKey(), level.getKey(), e.getValue(), there, proposals, demands);
                }
            }
        }
        // deepest first: when can each proposal really be done
        proposals.sort(Comparator.comparingInt(Proposal::lowLevelCode).reversed());
        for (Proposal p : proposals) {
            settle(p);
        }
        proposals.sort(Comparator.comparing(Proposal::start)
                .thenComparing(Proposal::lowLevelCode)
                .thenComparing(Proposal::sku));
        return new Result(proposals, planned, demandCount, llc);
    }

    private void net(
            Item item,
            long warehouseId,
            int level,
            List<Demand> demands,
            List<Supply> supplies,
            List<Proposal> proposals,
            Map<Long, Map<Long, List<Demand>>> allDemands) {
        demands.sort(Comparator.comparing((Demand d) -> d.date).thenComparingInt(d -> d.kind.ordinal()));
        supplies.sort(Comparator.comparing((Supply s) -> s.date).thenComparingInt(s -> s.kind.ordinal()));
        Deque<Supply> queue = new ArrayDeque<>(supplies);
        for (int i = 0; i < demands.size(); i++) {
            Demand d = demands.get(i);
            BigDecimal need = d.quantity;
            while (need.signum() > 0 && !queue.isEmpty()) {
                Supply s = queue.peek();
                BigDecimal take = need.min(s.remaining);
                allocate(d, s, take);
                need = need.subtract(take);
                s.remaining = s.remaining.subtract(take);
                if (s.remaining.signum() == 0) {
                    queue.poll();
                }
            }
            if (need.signum() > 0) {
                // one proposal for the week: the week's later demands are added to it (weekly buckets)
                BigDecimal sameWeek = need;
                LocalDate weekEnd =
                        d.date.with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.SUNDAY));
                for (int j = i + 1; j < demands.size() && !demands.get(j).date.isAfter(weekEnd); j++) {
                    sameWeek = sameWeek.add(demands.get(j).quantity);
                }
                BigDecimal quantity = lotSize(item, sameWeek);
                LocalDate due = d.date.isBefore(today) ? today : d.date;
                Proposal p =
                        new Proposal(item, warehouseId, level, quantity, due, leadTimes.start(item, quantity, due));
                proposals.add(p);
                Supply s = new Supply(due, quantity, SupplyKind.PROPOSAL, null, p);
                allocate(d, s, need);
                s.remaining = s.remaining.subtract(need);
                if (s.remaining.signum() > 0) {
                    queue.add(s);
                }
                if (item.made()) {
                    explode(p, allDemands);
                }
            }
        }
    }

    private static void allocate(Demand d, Supply s, BigDecimal quantity) {
        d.coveredBy.add(new Allocation(s, quantity));
        if (s.proposal != null) {
            s.proposal.pegs.add(new Peg(d, quantity));
        }
    }

    /** A made product's proposal needs its components on the day it starts. */
    private void explode(Proposal p, Map<Long, Map<Long, List<Demand>>> allDemands) {
        for (Component c : bills.getOrDefault(p.productId(), List.of())) {
            if (!items.containsKey(c.componentId())) {
                continue;
            }
            BigDecimal qty = p.quantity.multiply(c.perUnit()).setScale(3, RoundingMode.UP);
            Demand d = new Demand(
                    new DemandIn(
                            c.componentId(), p.warehouseId, p.start, qty, DemandKind.COMPONENT, p.sku(), null, null),
                    p);
            p.components.add(d);
            allDemands
                    .computeIfAbsent(c.componentId(), k -> new HashMap<>())
                    .computeIfAbsent(p.warehouseId, k -> new ArrayList<>())
                    .add(d);
        }
    }

    /** The proposal's real date: lead time from today at the earliest, and after its last component is there. */
    private void settle(Proposal p) {
        LocalDate canStart = p.start;
        if (p.start.isBefore(today)) {
            canStart = today;
            p.reasons.add(new Reason("mrp.reason.leadTime", List.of(p.start.toString())));
        }
        for (Demand c : p.components) {
            LocalDate there = c.coveredOn();
            if (there != null && there.isAfter(canStart)) {
                canStart = there;
                Item component = items.get(c.productId);
                p.reasons.add(new Reason(
                        "mrp.reason.component", List.of(component == null ? "" : component.sku(), there.toString())));
            }
        }
        if (!canStart.equals(p.start)) {
            LocalDate done = leadTimes.finish(p.item, p.quantity, canStart);
            p.feasibleDate = done.isAfter(p.due) ? done : p.due;
        }
        if (!p.late()) {
            p.reasons.clear();
        }
    }

    /** Lot-for-lot, a fixed lot (as many as it takes), or at least a minimum in whole multiples. */
    static BigDecimal lotSize(Item item, BigDecimal need) {
        LotPolicy policy = item.policy() == null ? LotPolicy.LOT_FOR_LOT : item.policy();
        BigDecimal lot = item.lotQuantity() == null ? BigDecimal.ZERO : item.lotQuantity();
        BigDecimal multiple = item.lotMultiple() == null ? BigDecimal.ZERO : item.lotMultiple();
        return switch (policy) {
            case LOT_FOR_LOT -> need;
            case FIXED -> lot.signum() <= 0 ? need : lot.multiply(need.divide(lot, 0, RoundingMode.UP));
            case MIN_MULTIPLE -> {
                BigDecimal q = need.max(lot);
                if (multiple.signum() > 0) {
                    q = multiple.multiply(q.divide(multiple, 0, RoundingMode.UP));
                }
                yield q;
            }
        };
    }
}
