package com.yiti.inventory;

import com.yiti.inventory.internal.Product;
import com.yiti.inventory.internal.Products;
import com.yiti.platform.NewTask;
import com.yiti.platform.Role;
import com.yiti.platform.TaskManagement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Low stock becomes a task for whoever replenishes it, PURCHASING for bought items and PRODUCTION for made ones,
 * while available stock is below the reorder point; the task closes itself when stock recovers. Run by one scheduled
 * job at a time ({@code LowStockAlerts}, ShedLock): a single writer, so no duplicate tasks and nothing added to the
 * reservation path. Split out of {@link InventoryManagement}.
 */
@Service
public class LowStockRule {

    static final String RULE = "inventory.low-stock";

    private final InventoryManagement inventory;
    private final Products products;
    private final TaskManagement tasks;
    private final Clock clock;

    private final com.yiti.automation.Automation automation;

    LowStockRule(
            InventoryManagement inventory,
            Products products,
            TaskManagement tasks,
            Clock clock,
            com.yiti.automation.Automation automation) {
        this.automation = automation;
        this.inventory = inventory;
        this.products = products;
        this.tasks = tasks;
        this.clock = clock;
    }

    /**
     * Balances of made and bought products below their reorder point, as the low-stock sweep (every 5 minutes) last
     * found them: the open low-stock tasks, one per balance.
     */
    @Transactional(readOnly = true)
    public long lowStockCount() {
        return tasks.openRecordRefs(RULE).size();
    }

    /** Raises and closes the low-stock tasks; returns the number of low-stock balances. */
    public int refreshLowStockTasks() {
        Map<String, NewTask> low = new HashMap<>();
        Map<String, com.yiti.automation.AutomationEvent> lowEvents = new HashMap<>();
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        int page = 0;
        Page<StockBalanceView> batch;
        do {
            batch = inventory.balances(null, null, true, PageRequest.of(page++, 500, Sort.by("id")));
            Map<Long, Product> byProduct = products
                    .findAllById(batch.getContent().stream()
                            .map(StockBalanceView::productId)
                            .collect(Collectors.toSet()))
                    .stream()
                    .collect(Collectors.toMap(Product::getId, Function.identity()));
            for (StockBalanceView b : batch.getContent()) {
                Product p = byProduct.get(b.productId());
                if (p.getType() == ProductType.SERVICE || p.getReorderPoint().signum() <= 0) {
                    continue;
                }
                String ref = ref(b.productId(), b.warehouseId());
                lowEvents.put(
                        ref,
                        new com.yiti.automation.AutomationEvent(
                                "stock.belowReorder",
                                "product",
                                b.productId(),
                                p.getSku() + "@" + b.warehouseCode(),
                                "/stock?q=" + p.getSku() + "&warehouseId=" + b.warehouseId(),
                                null,
                                null,
                                null,
                                Map.of(
                                        "available",
                                        b.available().toPlainString(),
                                        "reorderPoint",
                                        p.getReorderPoint().toPlainString(),
                                        "shortage",
                                        p.getReorderPoint()
                                                .subtract(b.available())
                                                .toPlainString(),
                                        "made",
                                        p.getType() == ProductType.MADE ? "1" : "0")));
                low.put(
                        ref,
                        new NewTask(
                                "task.inventory.lowStock",
                                List.of(p.getSku(), b.warehouseCode()),
                                "/stock?q=" + p.getSku() + "&warehouseId=" + b.warehouseId(),
                                null,
                                p.getType() == ProductType.MADE ? Role.PRODUCTION : Role.PURCHASING,
                                today,
                                RULE,
                                ref));
            }
        } while (batch.hasNext());
        // raised and closed a batch per short transaction of their own (the reads above hold no locks)
        tasks.raiseNew(RULE, low.keySet(), refs -> {
            // stock newly below its reorder point, for the automation rules that listen (decision 053)
            automation.publishAll(
                    "stock.belowReorder",
                    () -> refs.stream().map(lowEvents::get).toList());
            return refs.stream().map(low::get).toList();
        });
        tasks.closeCleared(RULE, low.keySet());
        return low.size();
    }

    static String ref(long productId, long warehouseId) {
        return "product:" + productId + ":warehouse:" + warehouseId;
    }
}
