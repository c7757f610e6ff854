package com.yiti.customer.web;

import com.yiti.customer.CustomerInvoiceDetails;
import com.yiti.customer.InvoiceDetailsData;
import com.yiti.customer.InvoiceDetailsView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A customer's invoicing data (开票信息) as JSON: FINANCE and the customer's rep keep it. */
@RestController
@Tag(name = "Customers", description = "Customers, contacts and their invoicing data")
class InvoiceDetailsApiController {

    private final CustomerInvoiceDetails details;

    InvoiceDetailsApiController(CustomerInvoiceDetails details) {
        this.details = details;
    }

    @GetMapping("/api/v1/customers/{id}/invoice-details")
    @Operation(summary = "The buyer data a VAT invoice carries; only the customer id when none was entered")
    Object get(@PathVariable long id) {
        return details.of(id).<Object>map(v -> v).orElse(Map.of("customerId", id));
    }

    @PutMapping("/api/v1/customers/{id}/invoice-details")
    @Operation(summary = "Enter or change it (with the version read, when changing)")
    InvoiceDetailsView put(
            @PathVariable long id, @RequestParam(required = false) Long version, @RequestBody InvoiceDetailsData data) {
        return details.save(id, version, data);
    }
}
