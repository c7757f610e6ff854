package com.yiti.inventory.web;

import com.yiti.inventory.BinManagement;
import com.yiti.inventory.BinView;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Bins as JSON: a warehouse's bins, a new bin, a product's home bin. */
@RestController
@RequestMapping("/api/v1/bins")
class BinApiController {

    record NewBin(@NotNull Long warehouseId, String code, String name) {}

    record Assignment(String sku) {}

    private final BinManagement bins;

    BinApiController(BinManagement bins) {
        this.bins = bins;
    }

    @GetMapping
    List<BinView> bins(@RequestParam long warehouseId) {
        return bins.bins(warehouseId);
    }

    @PostMapping
    @Operation(summary = "Add a bin (货位) to a warehouse")
    ResponseEntity<BinView> create(@Validated @RequestBody NewBin body) {
        BinView created = bins.create(body.warehouseId(), body.code(), body.name());
        return ResponseEntity.created(URI.create("/api/v1/bins?warehouseId=" + body.warehouseId()))
                .body(created);
    }

    @PutMapping("/{id}/products")
    @Operation(summary = "Make this bin a product's home in its warehouse (by SKU)")
    Map<String, Object> assign(@PathVariable long id, @RequestBody Assignment body) {
        bins.assign(body.sku(), id);
        return Map.of(
                "binId", id, "sku", body.sku() == null ? "" : body.sku().trim().toUpperCase());
    }

    @PostMapping("/{id}/deactivate")
    BinView deactivate(@PathVariable long id) {
        return bins.deactivate(id);
    }
}
