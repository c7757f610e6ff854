package com.yiti.purchasing.web;

import com.yiti.purchasing.PurchasingManagement;
import com.yiti.purchasing.RequisitionLineView;
import com.yiti.purchasing.RequisitionStatus;
import com.yiti.purchasing.SupplierView;
import com.yiti.shared.PageResponse;
import com.yiti.shared.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Requisitions and suppliers as JSON: the ids a purchase order is made from. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Purchasing", description = "Purchase orders and goods receipts")
class SupplyApiController {

    private final PurchasingManagement purchasing;
    private final com.yiti.purchasing.SupplierManagement supplierManagement;

    SupplyApiController(PurchasingManagement purchasing, com.yiti.purchasing.SupplierManagement supplierManagement) {
        this.purchasing = purchasing;
        this.supplierManagement = supplierManagement;
    }

    @GetMapping("/requisitions")
    @Operation(
            summary = "Requisition lines in a status (OPEN by default); product narrows to SKUs or names containing it")
    PageResponse<RequisitionLineView> requisitions(
            @RequestParam(required = false) RequisitionStatus status,
            @RequestParam(required = false) String product,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return PageResponse.of(
                purchasing.requisitions(status, product, Paging.of(page, size, null, Set.of(), Sort.by("id"))), v -> v);
    }

    @GetMapping("/suppliers")
    PageResponse<SupplierView> suppliers(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return PageResponse.of(
                supplierManagement.suppliers(q, Paging.of(page, size, null, Set.of(), Sort.by("name"))), v -> v);
    }

    @GetMapping("/suppliers/{id}")
    SupplierView supplier(@PathVariable long id) {
        return supplierManagement.supplier(id);
    }

    /** A supplier as sent: the version guards against overwriting someone else's change. */
    record SupplierBody(
            @jakarta.validation.constraints.NotBlank String name,
            String contactName,
            String phone,
            String email,
            @jakarta.validation.constraints.NotNull Integer leadTimeDays,
            Boolean active,
            Long version) {

        com.yiti.purchasing.SupplierData toData() {
            return new com.yiti.purchasing.SupplierData(
                    name, contactName, phone, email, leadTimeDays, active == null || active);
        }
    }

    @org.springframework.web.bind.annotation.PostMapping("/suppliers")
    org.springframework.http.ResponseEntity<SupplierView> createSupplier(
            @jakarta.validation.Valid @org.springframework.web.bind.annotation.RequestBody SupplierBody body) {
        SupplierView created = supplierManagement.createSupplier(body.toData());
        return org.springframework.http.ResponseEntity.created(java.net.URI.create("/api/v1/suppliers/" + created.id()))
                .body(created);
    }

    @org.springframework.web.bind.annotation.PutMapping("/suppliers/{id}")
    SupplierView updateSupplier(
            @PathVariable long id,
            @jakarta.validation.Valid @org.springframework.web.bind.annotation.RequestBody SupplierBody body) {
        return supplierManagement.updateSupplier(id, body.version() == null ? -1 : body.version(), body.toData());
    }
}
