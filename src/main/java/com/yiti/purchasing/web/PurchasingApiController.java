package com.yiti.purchasing.web;

import com.yiti.purchasing.PurchaseOrderStatus;
import com.yiti.purchasing.PurchaseOrderView;
import com.yiti.purchasing.PurchasingManagement;
import com.yiti.purchasing.ReceiptView;
import com.yiti.shared.Limits;
import com.yiti.shared.PageResponse;
import com.yiti.shared.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
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

/** Purchase orders as JSON: create from requisition lines, send, receive goods against them. */
@RestController
@RequestMapping("/api/v1/purchase-orders")
@Tag(name = "Purchasing", description = "Purchase orders and goods receipts")
class PurchasingApiController {

    record NewPurchaseOrder(
            @NotNull Long supplierId, @NotEmpty List<Long> requisitionIds, LocalDate expectedDate) {}

    record Versioned(@NotNull Long version) {}

    /** Quantities per purchase order line; for tracked products the lots or serial numbers per line. */
    record NewReceipt(
            @NotNull Map<Long, @Limits.Quantity BigDecimal> quantities,
            String note,
            Map<Long, List<com.yiti.inventory.LotIn>> lots) {}

    record NewReturn(
            @NotNull Map<Long, @Limits.Quantity BigDecimal> quantities,
            @NotNull com.yiti.purchasing.SupplierReturnReason reason,
            Boolean fromQuarantine,
            String note) {}

    private final PurchasingManagement purchasing;
    private final com.yiti.purchasing.SupplierReturns returns;

    PurchasingApiController(PurchasingManagement purchasing, com.yiti.purchasing.SupplierReturns returns) {
        this.purchasing = purchasing;
        this.returns = returns;
    }

    @GetMapping
    PageResponse<PurchaseOrderView> list(
            @RequestParam(required = false) PurchaseOrderStatus status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return PageResponse.of(
                purchasing.purchaseOrders(
                        status == null ? List.of() : List.of(status),
                        Paging.of(page, size, null, Set.of(), Sort.by(Sort.Order.desc("id")))),
                v -> v);
    }

    @GetMapping("/{id}")
    PurchaseOrderView get(@PathVariable long id) {
        return purchasing.purchaseOrder(id);
    }

    @PostMapping
    ResponseEntity<PurchaseOrderView> create(@Validated @RequestBody NewPurchaseOrder body) {
        PurchaseOrderView created =
                purchasing.createPurchaseOrder(body.supplierId(), body.requisitionIds(), body.expectedDate());
        return ResponseEntity.created(URI.create("/api/v1/purchase-orders/" + created.id()))
                .body(created);
    }

    @PostMapping("/{id}/send")
    PurchaseOrderView send(@PathVariable long id, @Validated @RequestBody Versioned body) {
        return purchasing.send(id, body.version());
    }

    @GetMapping("/{id}/receipts")
    List<ReceiptView> receipts(@PathVariable long id) {
        return purchasing.receiptsOf(id);
    }

    @PostMapping("/{id}/receipts")
    @Operation(summary = "Receive goods (quantities per purchase order line id); waiting order lines reserve them")
    ResponseEntity<ReceiptView> receive(@PathVariable long id, @Validated @RequestBody NewReceipt body) {
        ReceiptView receipt =
                purchasing.receive(id, body.quantities(), body.lots() == null ? Map.of() : body.lots(), body.note());
        return ResponseEntity.created(URI.create("/api/v1/purchase-orders/" + id + "/receipts/" + receipt.id()))
                .body(receipt);
    }

    @PostMapping("/{id}/returns")
    @Operation(
            summary = "Send received goods back to the supplier (quantities per purchase order line id, a reason,"
                    + " from the order's warehouse or from quarantine); a debit note follows for what was invoiced")
    ResponseEntity<ReceiptView> returnGoods(@PathVariable long id, @Validated @RequestBody NewReturn body) {
        ReceiptView back = returns.returnGoods(new com.yiti.purchasing.NewSupplierReturn(
                id, body.reason(), Boolean.TRUE.equals(body.fromQuarantine()), body.note(), body.quantities()));
        return ResponseEntity.created(URI.create("/api/v1/purchase-orders/" + id + "/receipts/" + back.id()))
                .body(back);
    }

    @GetMapping("/{id}/receipts/{receiptId}")
    ReceiptView receipt(@PathVariable long id, @PathVariable long receiptId) {
        return purchasing.receiptsOf(id).stream()
                .filter(r -> r.id() == receiptId)
                .findFirst()
                .orElseThrow(() -> new com.yiti.shared.RecordNotFoundException("Receipt", receiptId));
    }
}
