package com.yiti.inventory.web;

import com.yiti.inventory.NewTransfer;
import com.yiti.inventory.StockTransfers;
import com.yiti.inventory.StocktakeManagement;
import com.yiti.inventory.StocktakeStatus;
import com.yiti.inventory.StocktakeView;
import com.yiti.inventory.TransferStatus;
import com.yiti.inventory.TransferView;
import com.yiti.shared.Limits;
import com.yiti.shared.PageResponse;
import com.yiti.shared.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Transfers between warehouses and stocktakes as JSON. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Warehouse", description = "Transfers between warehouses (in transit until received) and stocktakes")
class WarehouseMovesApiController {

    record TransferBody(
            @NotNull Long fromWarehouseId,
            @NotNull Long toWarehouseId,
            String note,
            @NotNull List<@Valid LineBody> lines) {}

    record LineBody(
            Long productId,
            String sku,
            @NotNull @Limits.Quantity BigDecimal quantity) {}

    record StocktakeBody(@NotNull Long warehouseId, Long categoryId, Long binId) {}

    private final StockTransfers transfers;
    private final StocktakeManagement stocktakes;

    WarehouseMovesApiController(StockTransfers transfers, StocktakeManagement stocktakes) {
        this.transfers = transfers;
        this.stocktakes = stocktakes;
    }

    @GetMapping("/transfers")
    PageResponse<TransferView> transfers(
            @RequestParam(required = false) TransferStatus status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return PageResponse.of(
                transfers.transfers(status, Paging.of(page, size, null, Set.of(), Sort.by(Sort.Order.desc("id")))),
                v -> v);
    }

    @GetMapping("/transfers/{id}")
    TransferView transfer(@PathVariable long id) {
        return transfers.transfer(id);
    }

    @PostMapping("/transfers")
    ResponseEntity<TransferView> request(@Validated @RequestBody TransferBody body) {
        TransferView t = transfers.request(new NewTransfer(
                body.fromWarehouseId(),
                body.toWarehouseId(),
                body.note(),
                body.lines().stream()
                        .map(l -> new NewTransfer.Line(l.productId(), l.sku(), l.quantity()))
                        .toList()));
        return ResponseEntity.created(URI.create("/api/v1/transfers/" + t.id())).body(t);
    }

    @PostMapping("/transfers/{id}/ship")
    @Operation(summary = "Ship everything requested: it leaves the source and is in transit")
    TransferView ship(@PathVariable long id) {
        return transfers.ship(id);
    }

    @PostMapping("/transfers/{id}/receipts")
    @Operation(summary = "Receive what arrived, per transfer line id; an empty body receives all in transit")
    TransferView receive(
            @PathVariable long id, @RequestBody(required = false) Map<Long, @Limits.Quantity BigDecimal> quantities) {
        return transfers.receive(id, quantities);
    }

    @PostMapping("/transfers/{id}/cancel")
    TransferView cancel(@PathVariable long id) {
        return transfers.cancel(id);
    }

    @GetMapping("/stocktakes")
    PageResponse<StocktakeView> stocktakes(
            @RequestParam(required = false) StocktakeStatus status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return PageResponse.of(
                stocktakes.stocktakes(status, Paging.of(page, size, null, Set.of(), Sort.by(Sort.Order.desc("id")))),
                v -> v);
    }

    @GetMapping("/stocktakes/{id}")
    @Operation(summary = "A stocktake; book quantities only for ADMIN, MANAGER and FINANCE (counting is blind)")
    StocktakeView stocktake(@PathVariable long id) {
        return stocktakes.stocktake(id);
    }

    @PostMapping("/stocktakes")
    ResponseEntity<StocktakeView> start(@Validated @RequestBody StocktakeBody body) {
        StocktakeView s = stocktakes.start(body.warehouseId(), body.categoryId(), body.binId());
        return ResponseEntity.created(URI.create("/api/v1/stocktakes/" + s.id()))
                .body(s);
    }

    @PostMapping("/stocktakes/{id}/counts")
    @Operation(summary = "Enter counted quantities per stocktake line id")
    StocktakeView count(@PathVariable long id, @RequestBody Map<Long, @Limits.Quantity BigDecimal> counted) {
        return stocktakes.count(id, counted);
    }

    @PostMapping("/stocktakes/{id}/post")
    StocktakeView post(@PathVariable long id) {
        return stocktakes.post(id);
    }

    @PostMapping("/stocktakes/{id}/cancel")
    StocktakeView cancelStocktake(@PathVariable long id) {
        return stocktakes.cancel(id);
    }
}
