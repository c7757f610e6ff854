package com.yiti.production.internal;

import com.yiti.inventory.InventoryManagement;
import com.yiti.platform.Role;
import com.yiti.platform.SystemActor;
import com.yiti.production.DemandForecasts;
import com.yiti.production.LotPolicy;
import com.yiti.production.MaterialsPlanning;
import com.yiti.production.PlanLineView;
import com.yiti.production.PlanningProposals;
import com.yiti.production.ProductionManagement;
import com.yiti.production.ProductionOrderView;
import com.yiti.production.ProposalStatus;
import com.yiti.production.ProposalView;
import com.yiti.shared.BusinessRuleException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Demo, after everything else: lot sizing for sensors (boxes of twelve) and cable (drums of 500 m), production orders
 * in every state — a fixture made and in stock, a cabinet order cancelled, and a week on the assembly line loaded past
 * its hours by cabinets and conveyors due together — the forecast from the sales history brought over, and a planning
 * run over all of it with one purchase proposal already firmed.
 */
@Component
@Order(70)
@ConditionalOnProperty(name = "yiti.demo-data", havingValue = "true")
class PlanningDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PlanningDemoData.class);

    private final MrpRuns runs;
    private final InventoryManagement inventory;
    private final ProductionManagement production;
    private final PlanningProposals proposals;
    private final DemandForecasts forecasts;
    private final MaterialsPlanning planning;
    private final Clock clock;

    PlanningDemoData(
            MrpRuns runs,
            InventoryManagement inventory,
            ProductionManagement production,
            PlanningProposals proposals,
            DemandForecasts forecasts,
            MaterialsPlanning planning,
            Clock clock) {
        this.runs = runs;
        this.inventory = inventory;
        this.production = production;
        this.proposals = proposals;
        this.forecasts = forecasts;
        this.planning = planning;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Map<String, Long> ids =
                inventory.productIdsBySku(List.of("SEN-100", "CBL-107", "CAB-104", "CNV-105", "FIX-106", "CAB-204"));
        if (runs.count() > 0 || ids.size() < 6) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        long sh01 = inventory.warehouses().get(0).id();
        SystemActor.runAs("production", Role.PRODUCTION, () -> {
            proposals.setPolicy(
                    ids.get("SEN-100"),
                    -1,
                    LotPolicy.MIN_MULTIPLE,
                    new BigDecimal("120"),
                    new BigDecimal("12"),
                    new BigDecimal("30"));
            proposals.setPolicy(
                    ids.get("CBL-107"), -1, LotPolicy.FIXED, new BigDecimal("500"), BigDecimal.ZERO, BigDecimal.ZERO);
            // a fixture made and in stock
            try {
                ProductionOrderView fixture = order(ids.get("FIX-106"), sh01, "2", today.plusDays(5));
                fixture = production.start(fixture.id(), fixture.version());
                production.complete(fixture.id(), fixture.version(), new BigDecimal("2"));
            } catch (BusinessRuleException e) {
                log.info("demo fixture order not made: {}", e.code());
            }
            // a cabinet order cancelled
            ProductionOrderView cancelled = order(ids.get("CAB-204"), sh01, "1", today.plusDays(20));
            production.cancel(cancelled.id(), cancelled.version());
            // cabinets and conveyors due together at the end of the week after next: the assembly line is overloaded
            LocalDate friday = today.plusWeeks(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
            order(ids.get("CAB-104"), sh01, "24", friday);
            order(ids.get("CNV-105"), sh01, "6", friday);
            return null;
        });
        SystemActor.runAs("production", Role.PRODUCTION, forecasts::compute);
        planning.runNow("DEMO", "production");
        SystemActor.runAs("production", Role.PRODUCTION, () -> {
            List<ProposalView> buys = proposals
                    .list(ProposalStatus.PROPOSED, "BUY", "SEN-100", false, PageRequest.of(0, 1))
                    .getContent();
            if (!buys.isEmpty()) {
                proposals.firm(buys.get(0).id(), buys.get(0).version());
            }
            return null;
        });
    }

    private ProductionOrderView order(long productId, long warehouseId, String quantity, LocalDate due) {
        PlanLineView line = production.planReorder(productId, warehouseId, new BigDecimal(quantity), due);
        return production.createOrder(List.of(line.id()), due);
    }
}
