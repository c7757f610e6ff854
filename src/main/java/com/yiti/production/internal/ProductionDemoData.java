package com.yiti.production.internal;

import com.yiti.inventory.InventoryManagement;
import com.yiti.platform.Role;
import com.yiti.platform.SystemActor;
import com.yiti.production.BomData;
import com.yiti.production.BomManagement;
import com.yiti.production.BomView;
import com.yiti.production.RoutingData;
import com.yiti.production.RoutingManagement;
import com.yiti.production.WorkCentreData;
import com.yiti.production.WorkCentreManagement;
import com.yiti.production.WorkCentreView;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo: four work centres with their shifts and the 2027 Spring Festival off, routings for the made products, and
 * bills of materials for them in force — the belt conveyor three levels deep (conveyor → control cabinet → PLC, cable,
 * sensors), its test fixture a phantom — plus a draft second version of the type A cabinet. Standard costs are left
 * as they were, so the cost roll-up shows how far they are from what the bills say.
 */
@Component
@Order(35)
@ConditionalOnProperty(name = "yiti.demo-data", havingValue = "true")
class ProductionDemoData implements ApplicationRunner {

    private final WorkCentres centres;
    private final WorkCentreManagement workCentres;
    private final RoutingManagement routings;
    private final BomManagement boms;
    private final InventoryManagement inventory;

    ProductionDemoData(
            WorkCentres centres,
            WorkCentreManagement workCentres,
            RoutingManagement routings,
            BomManagement boms,
            InventoryManagement inventory) {
        this.centres = centres;
        this.workCentres = workCentres;
        this.routings = routings;
        this.boms = boms;
        this.inventory = inventory;
    }

    private record Part(String sku, String quantity, String scrapPct, boolean phantom) {}

    private record Step(String centre, String description, String setup, String run) {}

    @Override
    public void run(ApplicationArguments args) {
        if (centres.findByCode("ASM").isPresent()) {
            return;
        }
        SystemActor.runAs("production", Role.PRODUCTION, () -> {
            Map<String, Long> wc = new HashMap<>();
            EnumSet<DayOfWeek> weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
            EnumSet<DayOfWeek> sixDays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY);
            wc.put(
                    "ASM",
                    centre("ASM", "总装线 Assembly line", 2, "8", sixDays, "65", "35")
                            .id());
            wc.put(
                    "WLD",
                    centre("WLD", "焊接工位 Welding cell", 1, "8", weekdays, "80", "40")
                            .id());
            wc.put(
                    "CNC",
                    centre("CNC", "数控加工中心 CNC machining", 2, "10", sixDays, "90", "60")
                            .id());
            wc.put(
                    "TST",
                    centre("TST", "测试台 Test bench", 1, "8", weekdays, "55", "25")
                            .id());
            // the 2027 Spring Festival (Feb 6–12) and New Year's Day off everywhere
            for (Long id : wc.values()) {
                workCentres.addHoliday(id, LocalDate.of(2027, 1, 1), "元旦 New Year's Day");
                for (LocalDate d = LocalDate.of(2027, 2, 6); !d.isAfter(LocalDate.of(2027, 2, 12)); d = d.plusDays(1)) {
                    workCentres.addHoliday(id, d, "春节 Spring Festival");
                }
            }
            workCentres.addHoliday(wc.get("CNC"), LocalDate.of(2027, 1, 15), "年度保养 Annual maintenance");

            for (int variant = 1; variant <= 2; variant++) {
                int v = 100 * variant;
                bill(
                        "CAB-" + (v + 4),
                        List.of(
                                new Part("PLC-" + (v + 3), "1", "0", false),
                                new Part("CBL-" + (v + 7), variant == 1 ? "25" : "30", "5", false),
                                new Part("SEN-" + v, variant == 1 ? "4" : "6", "0", false),
                                new Part("PRS-" + (v + 1), "1", "0", false)));
                bill(
                        "FIX-" + (v + 6),
                        List.of(
                                new Part("SEN-" + v, "2", "0", false),
                                new Part("BRG-" + (v + 8), variant == 1 ? "2" : "4", "0", false),
                                new Part("PRS-" + (v + 1), "1", "0", false)));
                bill(
                        "CNV-" + (v + 5),
                        List.of(
                                new Part("CAB-" + (v + 4), "1", "0", false),
                                new Part("MOT-" + (v + 2), "2", "0", false),
                                new Part("BRG-" + (v + 8), variant == 1 ? "8" : "10", "2", false),
                                new Part("FIX-" + (v + 6), "1", "0", true)));
                routing(
                        "CAB-" + (v + 4),
                        "5",
                        wc,
                        List.of(
                                new Step("WLD", "柜体焊接 Cabinet welding", "60", "120"),
                                new Step("ASM", "接线装配 Wiring and assembly", "30", "240"),
                                new Step("TST", "通电测试 Power-on test", "15", "60")));
                routing(
                        "FIX-" + (v + 6),
                        "10",
                        wc,
                        List.of(
                                new Step("CNC", "夹具加工 Fixture machining", "45", "90"),
                                new Step("TST", "校准 Calibration", "0", "30")));
                routing(
                        "CNV-" + (v + 5),
                        "2",
                        wc,
                        List.of(
                                new Step("CNC", "机架加工 Frame machining", "90", "180"),
                                new Step("ASM", "总装 Final assembly", "60", "480"),
                                new Step("TST", "试运行 Test run", "30", "120")));
            }
            // a second version of the type A cabinet waits as a draft: one more pressure transmitter
            BomView inForce = boms.active(id("CAB-104")).orElseThrow();
            BomView copy = boms.copy(inForce.id());
            List<BomData.Line> lines = new ArrayList<>();
            for (BomView.Line l : copy.lines()) {
                boolean prs = l.sku().startsWith("PRS-");
                lines.add(new BomData.Line(
                        l.componentId(), prs ? new BigDecimal("2") : l.quantity(), l.scrapPct(), l.phantom()));
            }
            boms.update(
                    copy.id(),
                    copy.version(),
                    new BomData(copy.productId(), LocalDate.of(2027, 3, 1), "双压力变送器 Two pressure transmitters", lines));
            return null;
        });
    }

    private WorkCentreView centre(
            String code,
            String name,
            int shifts,
            String hours,
            EnumSet<DayOfWeek> days,
            String labour,
            String overhead) {
        return workCentres.create(new WorkCentreData(
                code,
                name,
                shifts,
                new BigDecimal(hours),
                days,
                new BigDecimal(labour),
                new BigDecimal(overhead),
                true));
    }

    private long id(String sku) {
        Long id = inventory.productIdsBySku(List.of(sku)).get(sku);
        if (id == null) {
            throw new IllegalStateException("demo product " + sku + " missing");
        }
        return id;
    }

    private void bill(String sku, List<Part> parts) {
        BomView draft = boms.create(new BomData(
                id(sku),
                null,
                null,
                parts.stream()
                        .map(p -> new BomData.Line(
                                id(p.sku()), new BigDecimal(p.quantity()), new BigDecimal(p.scrapPct()), p.phantom()))
                        .toList()));
        boms.activate(draft.id(), draft.version(), LocalDate.of(2026, 1, 1));
    }

    private void routing(String sku, String lot, Map<String, Long> wc, List<Step> steps) {
        routings.create(new RoutingData(
                id(sku),
                new BigDecimal(lot),
                null,
                steps.stream()
                        .map(s -> new RoutingData.Operation(
                                wc.get(s.centre()),
                                s.description(),
                                new BigDecimal(s.setup()),
                                new BigDecimal(s.run())))
                        .toList()));
    }
}
