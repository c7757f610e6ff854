package com.yiti.finance.web;

import com.yiti.finance.InvoiceRequestStatus;
import com.yiti.finance.InvoiceRequestView;
import com.yiti.finance.InvoiceRequests;
import com.yiti.finance.IssuedImport;
import com.yiti.finance.TaxInvoiceFiles;
import com.yiti.shared.PageResponse;
import com.yiti.shared.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** VAT invoice requests (开票申请) as JSON, the tax tool's export file and the import of issued numbers. */
@RestController
@Tag(
        name = "VAT invoice requests",
        description = "Requests for 增值税 invoices, the tax tool's file and the numbers it issued")
class InvoiceRequestApiController {

    private final InvoiceRequests requests;
    private final TaxInvoiceFiles files;

    InvoiceRequestApiController(InvoiceRequests requests, TaxInvoiceFiles files) {
        this.requests = requests;
        this.files = files;
    }

    @GetMapping("/api/v1/invoice-requests")
    PageResponse<InvoiceRequestView> list(
            @RequestParam(required = false) InvoiceRequestStatus status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return PageResponse.of(requests.list(status, Paging.of(page, size, null, Set.of(), Sort.unsorted())), v -> v);
    }

    @GetMapping("/api/v1/invoice-requests/{id}")
    InvoiceRequestView get(@PathVariable long id) {
        return requests.get(id);
    }

    record NewRequest(Long invoiceId, Long creditNoteId, String remark) {}

    @PostMapping("/api/v1/invoice-requests")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Request the VAT invoice of an invoice (invoiceId), or a red-letter one for a credit note (creditNoteId)")
    InvoiceRequestView create(@RequestBody NewRequest body) {
        if (body.creditNoteId() != null) {
            return requests.red(body.creditNoteId(), body.remark());
        }
        if (body.invoiceId() == null) {
            throw new com.yiti.shared.BusinessRuleException("invoiceId", "field.required");
        }
        return requests.request(body.invoiceId(), body.remark());
    }

    @PostMapping("/api/v1/invoice-requests/{id}/approve")
    InvoiceRequestView approve(@PathVariable long id, @RequestParam long version) {
        return requests.approve(id, version);
    }

    record Rejection(String reason) {}

    @PostMapping("/api/v1/invoice-requests/{id}/reject")
    InvoiceRequestView reject(@PathVariable long id, @RequestParam long version, @RequestBody Rejection body) {
        return requests.reject(id, version, body == null ? null : body.reason());
    }

    @PostMapping(value = "/api/v1/invoice-requests/export", produces = InvoiceRequestController.XLSX)
    @Operation(summary = "The approved requests as the tax tool's batch workbook (they become EXPORTED)")
    ResponseEntity<byte[]> export() {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(InvoiceRequestController.XLSX))
                .body(files.exportApproved());
    }

    @PostMapping(
            value = "/api/v1/invoice-requests/issued",
            consumes = {"text/csv", "application/octet-stream", InvoiceRequestController.XLSX})
    @Operation(summary = "The tax tool's issued invoices (CSV or Excel: 发票流水号, 发票号码, 开票日期); all rows or none")
    IssuedImport issued(@RequestBody byte[] content, @RequestParam(defaultValue = "issued.csv") String filename) {
        return files.importIssued(filename, content);
    }
}
