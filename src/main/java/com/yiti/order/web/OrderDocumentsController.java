package com.yiti.order.web;

import com.yiti.order.OrderDocuments;
import com.yiti.platform.PrintedDocuments;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Printed quotations, orders (sales contract) and delivery notes as PDF, from the document's page and from the API;
 * {@code lang=zh|en}, else the customer's document language. Who may print is who may read the document (OrderRoutes and the
 * facades' scope).
 */
@RestController
class OrderDocumentsController {

    private final OrderDocuments documents;

    OrderDocumentsController(OrderDocuments documents) {
        this.documents = documents;
    }

    @GetMapping({"/quotations/{id}/pdf", "/api/v1/quotations/{id}/pdf"})
    @Operation(summary = "The quotation (报价单) as PDF")
    ResponseEntity<byte[]> quotation(@PathVariable long id, @RequestParam(required = false) String lang) {
        return PrintedDocuments.response(documents.quotation(id, lang));
    }

    @GetMapping({"/orders/{id}/pdf", "/api/v1/orders/{id}/pdf"})
    @Operation(summary = "The sales contract / order confirmation (销售合同) as PDF")
    ResponseEntity<byte[]> order(@PathVariable long id, @RequestParam(required = false) String lang) {
        return PrintedDocuments.response(documents.order(id, lang));
    }

    @GetMapping({"/shipments/{id}/pdf", "/api/v1/shipments/{id}/pdf"})
    @Operation(summary = "The delivery note (送货单) as PDF, signed on receipt; no prices when WAREHOUSE prints it")
    ResponseEntity<byte[]> deliveryNote(@PathVariable long id, @RequestParam(required = false) String lang) {
        return PrintedDocuments.response(documents.deliveryNote(id, lang));
    }
}
