package com.yiti.purchasing.web;

import com.yiti.platform.PrintedDocuments;
import com.yiti.purchasing.PurchasingDocuments;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The purchase order as PDF, from its page and from the API; {@code lang=zh|en}, else the reader's language. */
@RestController
class PurchasingDocumentsController {

    private final PurchasingDocuments documents;

    PurchasingDocumentsController(PurchasingDocuments documents) {
        this.documents = documents;
    }

    @GetMapping({"/purchasing/orders/{id}/pdf", "/api/v1/purchase-orders/{id}/pdf"})
    @Operation(summary = "The purchase order (采购订单) as PDF, to send to the supplier")
    ResponseEntity<byte[]> purchaseOrder(@PathVariable long id, @RequestParam(required = false) String lang) {
        return PrintedDocuments.response(documents.purchaseOrder(id, PrintedDocuments.language(lang)));
    }
}
