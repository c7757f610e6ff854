package com.yiti.inventory.web;

import com.yiti.inventory.InventoryManagement;
import com.yiti.inventory.InventorySetup;
import com.yiti.inventory.ProductFilter;
import com.yiti.inventory.ProductType;
import com.yiti.inventory.ProductView;
import com.yiti.inventory.StockBalanceView;
import com.yiti.inventory.UnitConversionView;
import com.yiti.inventory.UnitView;
import com.yiti.inventory.UnitsOfMeasure;
import com.yiti.inventory.WarehouseView;
import com.yiti.shared.PageResponse;
import com.yiti.shared.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Inventory", description = "Products and stock balances")
class InventoryApiController {

    private final InventoryManagement inventory;
    private final com.yiti.inventory.StockMoveLog moveLog;
    private final com.yiti.inventory.ProductCatalog catalog;
    private final InventorySetup warehouseSetup;
    private final UnitsOfMeasure units;

    private final com.yiti.inventory.ProductCategoryManagement categories;

    InventoryApiController(
            InventoryManagement inventory,
            com.yiti.inventory.StockMoveLog moveLog,
            com.yiti.inventory.ProductCatalog catalog,
            InventorySetup warehouseSetup,
            UnitsOfMeasure units,
            com.yiti.inventory.ProductCategoryManagement categories) {
        this.categories = categories;
        this.inventory = inventory;
        this.moveLog = moveLog;
        this.catalog = catalog;
        this.warehouseSetup = warehouseSetup;
        this.units = units;
    }

    @GetMapping("/products")
    @Operation(
            summary =
                    "Products; list price is null for roles that may not see prices, standard cost also for sales reps")
    PageResponse<ProductView> products(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) ProductType type,
            @RequestParam(required = false) Boolean active,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        return PageResponse.of(
                inventory.products(
                        new ProductFilter(q, type, active),
                        Paging.of(page, size, sort, Set.of("sku", "nameZh", "nameEn", "type"), Sort.by("sku"))),
                p -> p);
    }

    @GetMapping("/products/{id}")
    ProductView product(@PathVariable long id) {
        return inventory.product(id);
    }

    @PostMapping("/products")
    ResponseEntity<ProductView> create(@Valid @RequestBody ProductForm body) {
        ProductView created = catalog.createProduct(body.toData());
        return ResponseEntity.created(URI.create("/api/v1/products/" + created.id()))
                .body(created);
    }

    @PutMapping("/products/{id}")
    ProductView update(@PathVariable long id, @Valid @RequestBody ProductForm body) {
        return catalog.updateProduct(id, body.getVersion(), body.toData());
    }

    @GetMapping("/stock")
    @Operation(summary = "Stock balances by product and warehouse: on hand, reserved, available")
    PageResponse<StockBalanceView> stock(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long warehouseId,
            @RequestParam(defaultValue = "false") boolean belowReorderPoint,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return PageResponse.of(
                inventory.balances(
                        q,
                        warehouseId,
                        belowReorderPoint,
                        Paging.of(page, size, null, Set.of(), Sort.by("productId", "warehouseId"))),
                b -> b);
    }

    @GetMapping("/stock/moves")
    @Operation(summary = "The stock ledger: moves by product, warehouse and reason, newest first")
    PageResponse<com.yiti.inventory.StockMoveView> moves(
            @RequestParam(required = false) Long productId,
            @RequestParam(required = false) Long warehouseId,
            @RequestParam(required = false) com.yiti.inventory.MoveReason reason,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return PageResponse.of(
                moveLog.moves(
                        productId,
                        warehouseId,
                        reason,
                        Paging.of(page, size, null, Set.of(), Sort.by(Sort.Order.desc("id")))),
                m -> m);
    }

    /** A count as the warehouse enters it: the counted quantity becomes on hand (the difference is a move). */
    record Count(
            @jakarta.validation.constraints.NotNull Long productId,
            @jakarta.validation.constraints.NotNull Long warehouseId,

            @jakarta.validation.constraints.NotNull @com.yiti.shared.Limits.Quantity
            BigDecimal counted,

            @jakarta.validation.constraints.NotBlank String note) {}

    @PostMapping("/stock/adjustments")
    @Operation(
            summary =
                    "Set on-hand stock to a counted quantity (an ADJUSTMENT move of the difference, posted to the journal)")
    StockBalanceView adjust(@Valid @RequestBody Count body) {
        return inventory.adjust(body.productId(), body.warehouseId(), body.counted(), body.note());
    }

    @GetMapping("/warehouses")
    @Operation(
            summary = "Warehouses (ids for orders, shipments, stock, production and purchase orders);"
                    + " all=true adds the quarantine location and inactive ones")
    java.util.List<WarehouseView> warehouses(@RequestParam(defaultValue = "false") boolean all) {
        return all ? warehouseSetup.all() : inventory.warehouses();
    }

    @GetMapping("/warehouses/{id}")
    WarehouseView warehouse(@PathVariable long id) {
        return warehouseSetup.get(id);
    }

    @PostMapping("/warehouses")
    @Operation(summary = "ADMIN: add a warehouse (or a quarantine location); every product gets an empty balance there")
    ResponseEntity<WarehouseView> createWarehouse(@Valid @RequestBody WarehouseForm body) {
        WarehouseView created = warehouseSetup.create(body.toData());
        return ResponseEntity.created(URI.create("/api/v1/warehouses/" + created.id()))
                .body(created);
    }

    @PutMapping("/warehouses/{id}")
    @Operation(summary = "ADMIN: rename a warehouse or change its address (version as read)")
    WarehouseView updateWarehouse(@PathVariable long id, @Valid @RequestBody WarehouseForm body) {
        return warehouseSetup.update(id, body.getVersion(), body.toData());
    }

    @PostMapping("/warehouses/{id}/active")
    @Operation(summary = "ADMIN: deactivate (value=false; refused while stock is on hand or reserved) or reactivate")
    WarehouseView warehouseActive(@PathVariable long id, @RequestParam boolean value) {
        return warehouseSetup.setActive(id, value);
    }

    @GetMapping("/units")
    @Operation(summary = "Units of measure; a product's unit is one of the active codes")
    java.util.List<UnitView> units() {
        return units.all();
    }

    @PostMapping("/units")
    @Operation(summary = "ADMIN: add a unit of measure")
    ResponseEntity<UnitView> createUnit(@Valid @RequestBody CodeNamesForm body) {
        UnitView created = units.create(body.getCode(), body.getNameZh(), body.getNameEn());
        return ResponseEntity.created(URI.create("/api/v1/units/" + created.id()))
                .body(created);
    }

    @GetMapping("/units/{id}")
    UnitView unit(@PathVariable long id) {
        return units.get(id);
    }

    @PutMapping("/units/{id}")
    UnitView updateUnit(@PathVariable long id, @Valid @RequestBody CodeNamesForm body) {
        return units.update(id, body.getVersion(), body.getNameZh(), body.getNameEn());
    }

    @PostMapping("/units/{id}/active")
    @Operation(summary = "ADMIN: deactivate (value=false) or reactivate a unit")
    UnitView unitActive(@PathVariable long id, @RequestParam boolean value) {
        return units.setActive(id, value);
    }

    @GetMapping("/product-categories")
    @Operation(summary = "Product categories; a product's categoryId is one of the active ones")
    java.util.List<com.yiti.inventory.ProductCategoryView> categories() {
        return categories.all();
    }

    @PostMapping("/product-categories")
    @Operation(summary = "ADMIN: add a product category")
    ResponseEntity<com.yiti.inventory.ProductCategoryView> createCategory(@Valid @RequestBody CodeNamesForm body) {
        var created = categories.create(body.getCode(), body.getNameZh(), body.getNameEn());
        return ResponseEntity.created(URI.create("/api/v1/product-categories/" + created.id()))
                .body(created);
    }

    @PutMapping("/product-categories/{id}")
    com.yiti.inventory.ProductCategoryView updateCategory(
            @PathVariable long id, @Valid @RequestBody CodeNamesForm body) {
        return categories.update(id, body.getVersion(), body.getNameZh(), body.getNameEn());
    }

    @PostMapping("/product-categories/{id}/active")
    @Operation(summary = "ADMIN: deactivate (value=false) or reactivate a product category")
    com.yiti.inventory.ProductCategoryView categoryActive(@PathVariable long id, @RequestParam boolean value) {
        return categories.setActive(id, value);
    }

    @GetMapping("/unit-conversions")
    @Operation(summary = "Conversions: 1 fromUnit = factor toUnit")
    java.util.List<UnitConversionView> conversions() {
        return units.conversions();
    }

    @PutMapping("/unit-conversions")
    @Operation(summary = "ADMIN: set a conversion (replaces the one for the same pair)")
    UnitConversionView saveConversion(@RequestBody ConversionForm body) {
        return units.saveConversion(body.getFromUnit(), body.getToUnit(), body.getFactor());
    }
}
