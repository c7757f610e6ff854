package com.yiti.order.web;

import com.yiti.order.SalesHistoryImport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Sales history brought over at go-live, for the demand forecast (MANAGER and ADMIN). */
@RestController
@Tag(name = "Sales history", description = "Monthly sales before Yiti, for the demand forecast")
class SalesHistoryApiController {

    record Batch(String source, List<SalesHistoryImport.Row> rows) {}

    private final SalesHistoryImport history;

    SalesHistoryApiController(SalesHistoryImport history) {
        this.history = history;
    }

    @PutMapping("/api/v1/sales-history")
    @Operation(summary = "Record past months {sku, month: \"2025-03\", quantity}; a month sent again is replaced")
    Map<String, Integer> record(@RequestBody Batch batch) {
        return Map.of("months", history.record(batch.rows(), batch.source()));
    }

    @GetMapping("/api/v1/sales-history")
    List<SalesHistoryImport.MonthView> ofProduct(@RequestParam long productId) {
        return history.ofProduct(productId);
    }
}
