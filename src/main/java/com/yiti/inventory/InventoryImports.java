package com.yiti.inventory;

import com.yiti.imports.ColumnType;
import com.yiti.imports.ImportColumn;
import com.yiti.imports.ImportKind;
import com.yiti.imports.ImportRow;
import com.yiti.imports.RowError;
import com.yiti.imports.RowResult;
import com.yiti.inventory.internal.Product;
import com.yiti.inventory.internal.Products;
import com.yiti.shared.BusinessRuleException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What inventory imports at go-live: products by SKU (through the product rules: active unit, tax rate and category)
 * and opening stock per SKU and warehouse. Opening stock sets the quantity on hand (a re-import never doubles it):
 * stock that arrives is a receipt against opening balances in the journal, a lower count an adjustment.
 */
@Configuration(proxyBeanMethods = false)
class InventoryImports {

    static final String OPENING_NOTE = "opening stock import";

    @Bean
    ImportKind productImport(ProductCatalog catalog, Products products, ProductCategoryManagement categories) {
        return new ImportKind() {
            @Override
            public String code() {
                return "products";
            }

            @Override
            public int order() {
                return 20;
            }

            @Override
            public List<String> keyColumns() {
                return List.of("sku");
            }

            @Override
            public List<ImportColumn> columns() {
                return List.of(
                        ImportColumn.required("sku", ColumnType.TEXT, "MTR-200W"),
                        ImportColumn.required("nameZh", ColumnType.TEXT, "伺服电机 200W"),
                        ImportColumn.required("nameEn", ColumnType.TEXT, "Servo motor 200W"),
                        ImportColumn.required("type", ColumnType.TEXT, "BOUGHT"),
                        ImportColumn.required("unit", ColumnType.TEXT, "个"),
                        ImportColumn.required("listPrice", ColumnType.DECIMAL, "1280.00"),
                        ImportColumn.required("standardCost", ColumnType.DECIMAL, "860.00"),
                        ImportColumn.required("taxRate", ColumnType.DECIMAL, "13"),
                        ImportColumn.optional("leadTimeDays", ColumnType.INTEGER, "7"),
                        ImportColumn.optional("reorderPoint", ColumnType.DECIMAL, "10"),
                        ImportColumn.optional("reorderQuantity", ColumnType.DECIMAL, "50"),
                        ImportColumn.optional("category", ColumnType.TEXT, "PART"),
                        ImportColumn.optional("active", ColumnType.TEXT, "Y"));
            }

            @Override
            public List<RowResult> process(List<ImportRow> rows, boolean write) {
                Map<String, Long> categoryIds = categories.all().stream()
                        .collect(Collectors.toMap(c -> c.code().toUpperCase(Locale.ROOT), ProductCategoryView::id));
                List<RowResult> results = new ArrayList<>();
                for (ImportRow row : rows) {
                    try {
                        String sku = row.text("sku").toUpperCase(Locale.ROOT);
                        Long categoryId = null;
                        if (row.text("category") != null) {
                            categoryId = categoryIds.get(row.text("category").toUpperCase(Locale.ROOT));
                            if (categoryId == null) {
                                throw new BusinessRuleException("category", "import.unknownCode", row.text("category"));
                            }
                        }
                        ProductData data = new ProductData(
                                sku,
                                row.text("nameZh"),
                                row.text("nameEn"),
                                row.text("unit"),
                                parse(ProductType.class, row.text("type"), "type"),
                                row.decimal("listPrice"),
                                row.decimal("standardCost"),
                                row.decimal("taxRate").movePointLeft(2),
                                Optional.ofNullable(row.integer("leadTimeDays")).orElse(0),
                                Optional.ofNullable(row.decimal("reorderPoint")).orElse(BigDecimal.ZERO),
                                Optional.ofNullable(row.decimal("reorderQuantity"))
                                        .orElse(BigDecimal.ZERO),
                                yes(row.text("active")),
                                categoryId);
                        Optional<Product> existing = products.findBySku(sku);
                        if (write) {
                            if (existing.isPresent()) {
                                catalog.updateProduct(
                                        existing.get().getId(), existing.get().getVersion(), data);
                            } else {
                                catalog.createProduct(data);
                            }
                        } else {
                            catalog.checkProduct(existing.orElse(null), data);
                        }
                        results.add(
                                existing.isPresent()
                                        ? RowResult.updated(row.number())
                                        : RowResult.created(row.number()));
                    } catch (BusinessRuleException e) {
                        results.add(RowResult.refused(row.number(), RowError.of(e, Map.of("categoryId", "category"))));
                    }
                }
                return results;
            }
        };
    }

    @Bean
    ImportKind openingStockImport(InventoryManagement inventory, Products products) {
        return new ImportKind() {
            @Override
            public String code() {
                return "opening-stock";
            }

            @Override
            public int order() {
                return 40;
            }

            /** One row per SKU and warehouse. */
            @Override
            public List<String> keyColumns() {
                return List.of("sku", "warehouse");
            }

            @Override
            public List<ImportColumn> columns() {
                return List.of(
                        ImportColumn.required("sku", ColumnType.TEXT, "MTR-200W"),
                        ImportColumn.required("warehouse", ColumnType.TEXT, "SH01"),
                        ImportColumn.required("quantity", ColumnType.DECIMAL, "120"),
                        ImportColumn.optional("unitCost", ColumnType.DECIMAL, "812.50"));
            }

            @Override
            public List<RowResult> process(List<ImportRow> rows, boolean write) {
                Map<String, WarehouseView> warehouses = inventory.locations().stream()
                        .collect(Collectors.toMap(w -> w.code().toUpperCase(Locale.ROOT), Function.identity()));
                List<RowResult> results = new ArrayList<>();
                for (ImportRow row : rows) {
                    try {
                        String sku = row.text("sku").toUpperCase(Locale.ROOT);
                        Product product = products.findBySku(sku)
                                .orElseThrow(() -> new BusinessRuleException("sku", "import.unknownCode", sku));
                        if (product.getType() == ProductType.SERVICE) {
                            throw new BusinessRuleException("sku", "import.openingStock.service", sku);
                        }
                        WarehouseView warehouse =
                                warehouses.get(row.text("warehouse").toUpperCase(Locale.ROOT));
                        if (warehouse == null || !warehouse.active()) {
                            throw new BusinessRuleException("warehouse", "import.unknownCode", row.text("warehouse"));
                        }
                        BigDecimal quantity = InventoryManagement.quantity(row.decimal("quantity"), "quantity");
                        if (quantity.signum() < 0) {
                            throw new BusinessRuleException("quantity", "stock.countNegative");
                        }
                        if (row.decimal("unitCost") != null
                                && row.decimal("unitCost").signum() < 0) {
                            throw new BusinessRuleException("unitCost", "product.priceNegative");
                        }
                        BigDecimal onHand = inventory
                                .balance(product.getId(), warehouse.id())
                                .onHand();
                        if (write) {
                            BigDecimal delta = quantity.subtract(onHand);
                            if (delta.signum() > 0) {
                                inventory.receive(
                                        product.getId(),
                                        warehouse.id(),
                                        delta,
                                        MoveReason.RECEIPT,
                                        row.decimal("unitCost"),
                                        "OPENING");
                            } else if (delta.signum() < 0) {
                                inventory.adjust(product.getId(), warehouse.id(), quantity, OPENING_NOTE);
                            }
                        }
                        results.add(
                                onHand.signum() == 0
                                        ? RowResult.created(row.number())
                                        : RowResult.updated(row.number()));
                    } catch (BusinessRuleException e) {
                        results.add(RowResult.refused(row.number(), RowError.of(e, Map.of("counted", "quantity"))));
                    }
                }
                return results;
            }
        };
    }

    static List<RowError> error(BusinessRuleException e, Map<String, String> fields) {
        String field = e.field() == null ? null : fields.getOrDefault(e.field(), e.field());
        return List.of(new RowError(
                field,
                e.code(),
                java.util.Arrays.stream(e.args()).map(String::valueOf).toList()));
    }

    static boolean yes(String value) {
        return value == null
                || Set.of("Y", "YES", "TRUE", "1", "是").contains(value.strip().toUpperCase(Locale.ROOT));
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String column) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BusinessRuleException(
                    column,
                    "import.cell.oneOf",
                    java.util.Arrays.stream(type.getEnumConstants())
                            .map(Enum::name)
                            .collect(Collectors.joining(", ")));
        }
    }
}
