package com.yiti.production.internal;

import com.yiti.inventory.FreeStock;
import com.yiti.inventory.PlanningStock;
import com.yiti.inventory.ProductType;
import com.yiti.production.DemandKind;
import com.yiti.production.LotPolicy;
import com.yiti.production.internal.MrpEngine.Component;
import com.yiti.production.internal.MrpEngine.DemandIn;
import com.yiti.production.internal.MrpEngine.Item;
import com.yiti.production.internal.MrpEngine.SupplyIn;
import com.yiti.production.internal.MrpEngine.SupplyKind;
import com.yiti.production.spi.PurchaseSupply;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything a planning run reads, a query per kind over all rows (decision 042): products and their policies,
 * bills in force (phantoms exploded), routings and work-centre calendars for lead times, free stock, open production
 * and purchase supply, and the demand — plan lines of customers' order lines, bought goods order lines wait for,
 * components of production orders not yet released, safety stock, and the forecast not yet consumed by orders.
 */
@org.springframework.stereotype.Component
public class MrpInputs {

    /** What one run plans with. */
    public record Snapshot(
            Map<Long, Item> items,
            Map<Long, List<Component>> bills,
            MrpEngine.LeadTimes leadTimes,
            List<DemandIn> demands,
            List<SupplyIn> supplies,
            long plantWarehouseId,
            Map<Long, List<Operation>> routings,
            Map<Long, Calendar> calendars,
            Map<Long, Integer> leadDays) {}

    /** One routing operation: where, setup per lot and run per unit, in minutes. */
    public record Operation(long workCentreId, BigDecimal setupMinutes, BigDecimal runMinutes) {

        public BigDecimal hours(BigDecimal quantity) {
            return setupMinutes.add(runMinutes.multiply(quantity)).divide(BigDecimal.valueOf(60), 4, RoundingMode.UP);
        }
    }

    /** A work centre's calendar: hours on a working day, its working weekdays and days off. */
    public record Calendar(String code, BigDecimal hoursPerDay, Set<DayOfWeek> workingDays, Set<LocalDate> off) {

        public boolean works(LocalDate d) {
            return hoursPerDay.signum() > 0 && workingDays.contains(d.getDayOfWeek()) && !off.contains(d);
        }

        public BigDecimal hoursOn(LocalDate d) {
            return works(d) ? hoursPerDay : BigDecimal.ZERO;
        }
    }

    private final JdbcTemplate jdbc;
    private final PlanningStock stock;
    private final ObjectProvider<PurchaseSupply> purchasing;
    private final ForecastDemand forecasts;

    MrpInputs(
            JdbcTemplate jdbc,
            PlanningStock stock,
            ObjectProvider<PurchaseSupply> purchasing,
            ForecastDemand forecasts) {
        this.jdbc = jdbc;
        this.stock = stock;
        this.purchasing = purchasing;
        this.forecasts = forecasts;
    }

    @Transactional(readOnly = true)
    public Snapshot read(LocalDate today) {
        Map<Long, Item> items = new HashMap<>();
        Map<Long, Integer> leadDays = new HashMap<>();
        Map<Long, BigDecimal[]> policies = new HashMap<>();
        Map<Long, LotPolicy> lotPolicies = new HashMap<>();
        jdbc.query(
                "select product_id, lot_policy, lot_quantity, lot_multiple, safety_stock from prd_planning_policy",
                rs -> {
                    lotPolicies.put(rs.getLong(1), LotPolicy.valueOf(rs.getString(2)));
                    policies.put(
                            rs.getLong(1),
                            new BigDecimal[] {rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getBigDecimal(5)});
                });
        List<DemandIn> demands = new ArrayList<>();
        long plant = plantWarehouse();
        for (PlanningStock.PlannedProduct p : stock.products()) {
            BigDecimal[] pol = policies.get(p.id());
            LotPolicy policy;
            BigDecimal lot;
            BigDecimal multiple;
            BigDecimal safety;
            String safetyRef;
            if (pol != null) {
                policy = lotPolicies.get(p.id());
                lot = pol[0];
                multiple = pol[1];
                safety = pol[2];
                safetyRef = "safety";
            } else {
                // without a policy: the reorder point is kept back and the reorder quantity is the least to order
                policy = p.reorderQuantity().signum() > 0 ? LotPolicy.MIN_MULTIPLE : LotPolicy.LOT_FOR_LOT;
                lot = p.reorderQuantity();
                multiple = BigDecimal.ZERO;
                safety = p.reorderPoint();
                safetyRef = "reorderPoint";
            }
            items.put(p.id(), new Item(p.id(), p.sku(), p.type() == ProductType.MADE, policy, lot, multiple, safety));
            leadDays.put(p.id(), p.leadTimeDays());
            if (safety.signum() > 0) {
                demands.add(new DemandIn(p.id(), plant, today, safety, DemandKind.SAFETY_STOCK, safetyRef, null, null));
            }
        }
        Map<Long, List<Component>> bills = bills();
        Map<Long, List<Operation>> routings = routings();
        Map<Long, Calendar> calendars = calendars(today);
        MrpEngine.LeadTimes leadTimes = new PlantLeadTimes(leadDays, routings, calendars);

        // demand: customers' order lines of made products (plan lines) and reorders planned by hand
        jdbc.query(
                "select product_id, warehouse_id, quantity, need_by, source, order_number, order_line_id, id"
                        + " from prd_plan_line where status in ('OPEN', 'PLANNED')",
                rs -> {
                    boolean order = rs.getObject(7) != null;
                    demands.add(new DemandIn(
                            rs.getLong(1),
                            rs.getLong(2),
                            rs.getObject(4, LocalDate.class),
                            rs.getBigDecimal(3),
                            order ? DemandKind.ORDER : DemandKind.REORDER,
                            order ? rs.getString(6) : "PL-" + rs.getLong(8),
                            order ? rs.getLong(7) : null,
                            rs.getLong(8)));
                });
        List<SupplyIn> supplies = new ArrayList<>();
        // supply: production orders not completed; those not yet released still need their components
        jdbc.query(
                "select product_id, warehouse_id, quantity - produced_quantity, due_date, number, status"
                        + " from prd_production_order where status in ('PLANNED', 'STARTED')"
                        + " and quantity > produced_quantity",
                rs -> {
                    long product = rs.getLong(1);
                    long warehouse = rs.getLong(2);
                    BigDecimal open = rs.getBigDecimal(3);
                    LocalDate due = rs.getObject(4, LocalDate.class);
                    String number = rs.getString(5);
                    supplies.add(new SupplyIn(product, warehouse, due, open, SupplyKind.PRODUCTION_ORDER, number));
                    Item item = items.get(product);
                    if ("PLANNED".equals(rs.getString(6)) && item != null) {
                        LocalDate start = leadTimes.start(item, open, due);
                        for (Component c : bills.getOrDefault(product, List.of())) {
                            demands.add(new DemandIn(
                                    c.componentId(),
                                    warehouse,
                                    start,
                                    open.multiply(c.perUnit()).setScale(3, RoundingMode.UP),
                                    DemandKind.COMPONENT,
                                    number,
                                    null,
                                    null));
                        }
                    }
                });
        for (FreeStock f : stock.freeStock()) {
            supplies.add(new SupplyIn(f.productId(), f.warehouseId(), today, f.available(), SupplyKind.STOCK, null));
        }
        PurchaseSupply buying = purchasing.getIfAvailable();
        if (buying != null) {
            for (PurchaseSupply.OpenSupply s : buying.openSupply()) {
                supplies.add(new SupplyIn(
                        s.productId(),
                        s.warehouseId(),
                        s.date(),
                        s.quantity(),
                        s.reference().startsWith("REQ-") ? SupplyKind.REQUISITION : SupplyKind.PURCHASE_ORDER,
                        s.reference()));
            }
            for (PurchaseSupply.OrderDemand d : buying.orderDemand()) {
                demands.add(new DemandIn(
                        d.productId(),
                        d.warehouseId(),
                        d.needBy(),
                        d.quantity(),
                        DemandKind.ORDER,
                        d.orderNumber(),
                        d.orderLineId(),
                        null));
            }
        }
        demands.addAll(forecasts.remaining(today, plant));
        return new Snapshot(items, bills, leadTimes, demands, supplies, plant, routings, calendars, leadDays);
    }

    /** Where planning keeps safety stock and plans the forecast: the first warehouse by code (not quarantine). */
    public long plantWarehouse() {
        return jdbc.queryForObject(
                "select id from inv_warehouse where quarantine = false and active = true order by code limit 1",
                Long.class);
    }

    /** Bills in force, each line's quantity with its scrap, phantoms replaced by their own components. */
    Map<Long, List<Component>> bills() {
        Map<Long, List<Object[]>> raw = new HashMap<>();
        jdbc.query(
                "select b.product_id, l.component_id, l.quantity, l.scrap_pct, l.phantom from prd_bom b"
                        + " join prd_bom_line l on l.bom_id = b.id where b.status = 'ACTIVE' order by b.product_id,"
                        + " l.line_no",
                rs -> {
                    BigDecimal per = rs.getBigDecimal(3)
                            .multiply(BigDecimal.ONE.add(rs.getBigDecimal(4).movePointLeft(2)));
                    raw.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Object[] {rs.getLong(2), per, rs.getBoolean(5)});
                });
        Map<Long, List<Component>> bills = new HashMap<>();
        for (Map.Entry<Long, List<Object[]>> e : raw.entrySet()) {
            Map<Long, BigDecimal> flat = new java.util.LinkedHashMap<>();
            flatten(e.getValue(), BigDecimal.ONE, raw, flat, 0);
            bills.put(
                    e.getKey(),
                    flat.entrySet().stream()
                            .map(c -> new Component(c.getKey(), c.getValue()))
                            .toList());
        }
        return bills;
    }

    private static void flatten(
            List<Object[]> lines,
            BigDecimal factor,
            Map<Long, List<Object[]>> raw,
            Map<Long, BigDecimal> into,
            int depth) {
        for (Object[] l : lines) {
            long component = (Long) l[0];
            BigDecimal per = factor.multiply((BigDecimal) l[1]);
            if ((Boolean) l[2] && raw.containsKey(component) && depth < 20) {
                flatten(raw.get(component), per, raw, into, depth + 1);
            } else {
                into.merge(component, per, BigDecimal::add);
            }
        }
    }

    Map<Long, List<Operation>> routings() {
        Map<Long, List<Operation>> routings = new HashMap<>();
        jdbc.query(
                "select r.product_id, o.work_centre_id, o.setup_minutes, o.run_minutes from prd_routing r"
                        + " join prd_routing_operation o on o.routing_id = r.id order by r.product_id, o.seq",
                rs -> {
                    routings.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Operation(rs.getLong(2), rs.getBigDecimal(3), rs.getBigDecimal(4)));
                });
        return routings;
    }

    /** The routings of some products only. */
    public Map<Long, List<Operation>> routings(java.util.Collection<Long> productIds) {
        Map<Long, List<Operation>> routings = new HashMap<>();
        if (productIds.isEmpty()) {
            return routings;
        }
        new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(jdbc)
                .query(
                        "select r.product_id, o.work_centre_id, o.setup_minutes, o.run_minutes from prd_routing r"
                                + " join prd_routing_operation o on o.routing_id = r.id where r.product_id in"
                                + " (:products) order by r.product_id, o.seq",
                        Map.of("products", java.util.Set.copyOf(productIds)),
                        rs -> {
                            routings.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                    .add(new Operation(rs.getLong(2), rs.getBigDecimal(3), rs.getBigDecimal(4)));
                        });
        return routings;
    }

    /** Calendars of the active work centres, with their days off from a year back to two years ahead. */
    public Map<Long, Calendar> calendars(LocalDate today) {
        Map<Long, Set<LocalDate>> off = new HashMap<>();
        jdbc.query(
                "select work_centre_id, off_date from prd_work_centre_holiday where off_date between ? and ?",
                rs -> {
                    off.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getObject(2, LocalDate.class));
                },
                today.minusYears(1),
                today.plusYears(2));
        Map<Long, Calendar> calendars = new HashMap<>();
        jdbc.query(
                "select id, code, shifts_per_day, hours_per_shift, working_days from prd_work_centre where active = true",
                rs -> {
                    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
                    Arrays.stream(rs.getString(5).split(","))
                            .map(String::strip)
                            .filter(s -> !s.isEmpty())
                            .map(s -> DayOfWeek.of(Integer.parseInt(s)))
                            .forEach(days::add);
                    calendars.put(
                            rs.getLong(1),
                            new Calendar(
                                    rs.getString(2),
                                    rs.getBigDecimal(4).multiply(BigDecimal.valueOf(rs.getInt(3))),
                                    days,
                                    off.getOrDefault(rs.getLong(1), Set.of())));
                });
        return calendars;
    }

    /**
     * Lead times: a made product with a routing takes, per operation, its hours over the work centre's hours a day
     * (rounded up to whole days), counted in the first work centre's working days; anything else its product lead
     * time in calendar days.
     */
    public static final class PlantLeadTimes implements MrpEngine.LeadTimes {

        private final Map<Long, Integer> leadDays;
        private final Map<Long, List<Operation>> routings;
        private final Map<Long, Calendar> calendars;

        public PlantLeadTimes(
                Map<Long, Integer> leadDays, Map<Long, List<Operation>> routings, Map<Long, Calendar> calendars) {
            this.leadDays = leadDays;
            this.routings = routings;
            this.calendars = calendars;
        }

        int workingDays(List<Operation> ops, BigDecimal quantity) {
            int days = 0;
            for (Operation o : ops) {
                Calendar c = calendars.get(o.workCentreId());
                if (c == null || c.hoursPerDay().signum() <= 0) {
                    continue;
                }
                days += o.hours(quantity)
                        .divide(c.hoursPerDay(), 0, RoundingMode.UP)
                        .intValue();
            }
            return Math.max(1, days);
        }

        @Override
        public LocalDate start(Item item, BigDecimal quantity, LocalDate due) {
            List<Operation> ops = item.made() ? routings.get(item.productId()) : null;
            Calendar c = ops == null ? null : calendars.get(ops.get(0).workCentreId());
            if (c == null) {
                return due.minusDays(leadDays.getOrDefault(item.productId(), 0));
            }
            LocalDate d = due;
            for (int n = workingDays(ops, quantity), guard = 0; n > 0 && guard < 3660; guard++) {
                d = d.minusDays(1);
                if (c.works(d)) {
                    n--;
                }
            }
            return d;
        }

        @Override
        public LocalDate finish(Item item, BigDecimal quantity, LocalDate start) {
            List<Operation> ops = item.made() ? routings.get(item.productId()) : null;
            Calendar c = ops == null ? null : calendars.get(ops.get(0).workCentreId());
            if (c == null) {
                return start.plusDays(leadDays.getOrDefault(item.productId(), 0));
            }
            LocalDate d = start;
            for (int n = workingDays(ops, quantity), guard = 0; n > 0 && guard < 3660; guard++) {
                d = d.plusDays(1);
                if (c.works(d)) {
                    n--;
                }
            }
            return d;
        }
    }
}
