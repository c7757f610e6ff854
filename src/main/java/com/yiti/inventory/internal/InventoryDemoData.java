package com.yiti.inventory.internal;

import com.yiti.inventory.InventoryManagement;
import com.yiti.inventory.MoveReason;
import com.yiti.inventory.ProductData;
import com.yiti.inventory.ProductType;
import com.yiti.platform.Role;
import com.yiti.platform.SystemActor;
import java.math.BigDecimal;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Two warehouses, 40 products (made, bought, services) and opening stock; some items below reorder point. */
@Component
@Order(30)
@ConditionalOnProperty(name = "yiti.demo-data", havingValue = "true")
class InventoryDemoData implements ApplicationRunner {

    private record Item(String sku, String zh, String en, String unit, ProductType type, String price, int lead) {}

    private static final Item[] BASE = {
        new Item("SEN", "温度传感器", "Temperature sensor", "个", ProductType.BOUGHT, "180.00", 7),
        new Item("PRS", "压力变送器", "Pressure transmitter", "个", ProductType.BOUGHT, "950.00", 10),
        new Item("MOT", "伺服电机", "Servo motor", "台", ProductType.BOUGHT, "3200.00", 21),
        new Item("PLC", "可编程控制器", "PLC controller", "台", ProductType.BOUGHT, "5600.00", 14),
        new Item("CAB", "电气控制柜", "Control cabinet", "台", ProductType.MADE, "28000.00", 15),
        new Item("CNV", "皮带输送线", "Belt conveyor", "套", ProductType.MADE, "46000.00", 25),
        new Item("FIX", "检测夹具", "Test fixture", "套", ProductType.MADE, "8800.00", 12),
        new Item("CBL", "屏蔽电缆", "Shielded cable", "米", ProductType.BOUGHT, "12.50", 5),
        new Item("BRG", "精密轴承", "Precision bearing", "个", ProductType.BOUGHT, "260.00", 9),
        new Item("SRV", "安装调试服务", "Installation service", "次", ProductType.SERVICE, "3000.00", 0)
    };

    private final InventoryManagement inventory;
    private final com.yiti.inventory.LowStockRule lowStock;
    private final com.yiti.inventory.ProductCatalog catalog;
    private final Warehouses warehouses;
    private final StockBalances balances;
    private final Products products;

    private final com.yiti.inventory.UnitsOfMeasure units;
    private final com.yiti.inventory.ProductCategoryManagement categories;

    InventoryDemoData(
            InventoryManagement inventory,
            com.yiti.inventory.LowStockRule lowStock,
            com.yiti.inventory.ProductCatalog catalog,
            Warehouses warehouses,
            StockBalances balances,
            Products products,
            com.yiti.inventory.UnitsOfMeasure units,
            com.yiti.inventory.ProductCategoryManagement categories) {
        this.units = units;
        this.categories = categories;
        this.inventory = inventory;
        this.lowStock = lowStock;
        this.catalog = catalog;
        this.warehouses = warehouses;
        this.balances = balances;
        this.products = products;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (warehouses.countByQuarantineFalse() > 0) {
            return;
        }
        Warehouse shanghai = warehouses.save(located(
                new Warehouse("SH01", "上海主仓 Shanghai main"), "上海市浦东新区川沙路 1288 号 1288 Chuansha Rd, Pudong, Shanghai"));
        Warehouse suzhou = warehouses.save(
                located(new Warehouse("SZ01", "苏州分仓 Suzhou"), "苏州工业园区星湖街 218 号 218 Xinghu St, Suzhou Industrial Park"));
        // products created before a warehouse existed get their balance rows here
        products.findAll().forEach(p -> {
            balances.save(new StockBalance(p.getId(), shanghai.getId()));
            balances.save(new StockBalance(p.getId(), suzhou.getId()));
        });
        SystemActor.runAs("admin", Role.ADMIN, () -> {
            java.util.Map<ProductType, Long> category = java.util.Map.of(
                    ProductType.BOUGHT,
                            categories.create("PARTS", "外购件", "Bought parts").id(),
                    ProductType.MADE,
                            categories
                                    .create("SYSTEMS", "成套设备", "Systems we make")
                                    .id(),
                    ProductType.SERVICE,
                            categories.create("SERVICES", "服务", "Services").id());
            for (int variant = 1; variant <= 4; variant++) {
                for (int i = 0; i < BASE.length; i++) {
                    Item item = BASE[i];
                    BigDecimal price = new BigDecimal(item.price())
                            .multiply(BigDecimal.valueOf(10 + variant - 1))
                            .divide(BigDecimal.TEN);
                    var product = catalog.createProduct(new ProductData(
                            item.sku() + "-" + (100 * variant + i),
                            item.zh() + " " + (char) ('A' + variant - 1) + "型",
                            item.en() + " type " + (char) ('A' + variant - 1),
                            item.unit(),
                            item.type(),
                            price,
                            price.multiply(new BigDecimal("0.62")),
                            item.type() == ProductType.SERVICE ? new BigDecimal("0.06") : new BigDecimal("0.13"),
                            item.lead(),
                            item.type() == ProductType.SERVICE ? BigDecimal.ZERO : BigDecimal.valueOf(10 + i),
                            item.type() == ProductType.SERVICE ? BigDecimal.ZERO : BigDecimal.valueOf(50),
                            true,
                            category.get(item.type())));
                    if (item.type() == ProductType.SERVICE) {
                        continue;
                    }
                    // every fifth item sits below its reorder point
                    int stock = (i + variant) % 5 == 0 ? 3 : 40 + 10 * i;
                    inventory.receive(
                            product.id(), shanghai.getId(), BigDecimal.valueOf(stock), MoveReason.RECEIPT, "OPENING");
                    if (variant <= 2) {
                        inventory.receive(
                                product.id(),
                                suzhou.getId(),
                                BigDecimal.valueOf(stock / 2 + 1),
                                MoveReason.RECEIPT,
                                "OPENING");
                    }
                }
            }
            lowStock.refreshLowStockTasks();
            // sensors are bought by the box of twelve
            units.saveConversion("箱", "个", BigDecimal.valueOf(12));
            return null;
        });
    }

    private static Warehouse located(Warehouse w, String address) {
        w.change(w.getName(), address);
        return w;
    }
}
