package com.yiti.finance.web;

import com.yiti.finance.AgingRow;
import com.yiti.finance.CreditNoteView;
import com.yiti.finance.Exposure;
import com.yiti.finance.InvoiceFilter;
import com.yiti.finance.InvoiceStatus;
import com.yiti.finance.InvoiceView;
import com.yiti.finance.JournalEntryView;
import com.yiti.finance.LedgerManagement;
import com.yiti.finance.NewPayment;
import com.yiti.finance.PaymentMethod;
import com.yiti.finance.PaymentView;
import com.yiti.finance.ReceivablesManagement;
import com.yiti.shared.Limits;
import com.yiti.shared.PageResponse;
import com.yiti.shared.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Invoices, credit notes, payments (+ allocations), exposure, the journal and aging as JSON. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Finance", description = "Receivables, payments and the journal; sales reps read their customers' invoices")
class FinanceApiController {

    record NewCreditNote(
            Map<Long, @Limits.Quantity BigDecimal> quantities,
            @NotBlank String reason) {}

    record NewPaymentBody(
            @NotNull Long customerId,
            LocalDate paymentDate,
            @NotNull @Limits.Amount BigDecimal amount,
            @NotNull PaymentMethod method,
            String reference,
            Map<Long, @Limits.Amount BigDecimal> allocations,
            Long orderId,
            Long contractId) {}

    record Reversal(@NotBlank String reason) {}

    private final ReceivablesManagement receivables;
    private final com.yiti.finance.PaymentManagement paymentManagement;
    private final com.yiti.finance.ReceivablesPosition position;
    private final LedgerManagement ledger;

    private final com.yiti.finance.FinanceDocuments documents;

    FinanceApiController(
            ReceivablesManagement receivables,
            com.yiti.finance.PaymentManagement paymentManagement,
            com.yiti.finance.ReceivablesPosition position,
            LedgerManagement ledger,
            com.yiti.finance.FinanceDocuments documents) {
        this.documents = documents;
        this.receivables = receivables;
        this.paymentManagement = paymentManagement;
        this.position = position;
        this.ledger = ledger;
    }

    @GetMapping("/invoices")
    PageResponse<InvoiceView> invoices(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) InvoiceStatus status,
            @RequestParam(required = false) Long customerId,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) Long orderId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return PageResponse.of(
                receivables.invoices(
                        new InvoiceFilter(q, status, customerId, overdue, orderId),
                        Paging.of(page, size, null, Set.of(), Sort.by(Sort.Order.desc("id")))),
                v -> v);
    }

    @GetMapping("/invoices/{id}")
    InvoiceView invoice(@PathVariable long id) {
        return receivables.invoice(id);
    }

    @GetMapping(value = "/invoices/{id}/pdf", produces = org.springframework.http.MediaType.APPLICATION_PDF_VALUE)
    @Operation(
            summary = "The invoice as PDF (company header, seller and buyer tax data, bank, 大写金额, seal);"
                    + " lang=zh|en, else the customer's document language; a rep gets only his own customers' invoices")
    org.springframework.http.ResponseEntity<byte[]> invoicePdf(
            @PathVariable long id, @RequestParam(required = false) String lang) {
        return com.yiti.platform.PrintedDocuments.response(documents.invoicePdf(id, lang));
    }

    @PostMapping("/invoices/{id}/credit-notes")
    @Operation(
            summary = "Issue a credit note: quantities per invoice line id, or empty for everything not credited yet")
    ResponseEntity<CreditNoteView> creditNote(@PathVariable long id, @Validated @RequestBody NewCreditNote body) {
        CreditNoteView note = receivables.issueCreditNote(id, body.quantities(), body.reason());
        return ResponseEntity.created(URI.create("/api/v1/credit-notes/" + note.id()))
                .body(note);
    }

    @GetMapping("/credit-notes/{id}")
    CreditNoteView creditNote(@PathVariable long id) {
        return receivables.creditNote(id);
    }

    @GetMapping("/credit-notes")
    PageResponse<CreditNoteView> creditNotes(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return PageResponse.of(
                receivables.creditNotes(Paging.of(page, size, null, Set.of(), Sort.by(Sort.Order.desc("id")))), v -> v);
    }

    @GetMapping("/payments")
    PageResponse<PaymentView> payments(
            @RequestParam(required = false) Long customerId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return PageResponse.of(
                paymentManagement.payments(
                        customerId, Paging.of(page, size, null, Set.of(), Sort.by(Sort.Order.desc("id")))),
                v -> v);
    }

    @GetMapping("/payments/{id}")
    PaymentView payment(@PathVariable long id) {
        return paymentManagement.payment(id);
    }

    @PostMapping("/payments")
    @Operation(
            summary = "Record a payment; without allocations it is applied oldest due first, the rest is credit;"
                    + " with orderId a deposit held for that order's invoices")
    ResponseEntity<PaymentView> recordPayment(@Validated @RequestBody NewPaymentBody body) {
        boolean manual = body.allocations() != null && !body.allocations().isEmpty();
        PaymentView payment = paymentManagement.recordPayment(new NewPayment(
                body.customerId(),
                body.paymentDate(),
                body.amount(),
                body.method(),
                body.reference(),
                !manual,
                manual ? body.allocations() : Map.of(),
                body.orderId(),
                body.contractId()));
        return ResponseEntity.created(URI.create("/api/v1/payments/" + payment.id()))
                .body(payment);
    }

    @PostMapping("/payments/{id}/allocations")
    PaymentView allocate(
            @PathVariable long id, @RequestBody(required = false) Map<Long, @Limits.Amount BigDecimal> amounts) {
        return paymentManagement.allocate(id, amounts);
    }

    @PostMapping("/payments/{id}/allocations/{allocationId}/reversal")
    PaymentView reverse(@PathVariable long id, @PathVariable long allocationId, @Validated @RequestBody Reversal body) {
        return paymentManagement.reverseAllocation(id, allocationId, body.reason());
    }

    @GetMapping("/customers/{id}/exposure")
    Exposure exposure(@PathVariable long id) {
        return position.exposure(id);
    }

    @GetMapping("/journal-entries")
    PageResponse<JournalEntryView> journal(
            @RequestParam(required = false) Long accountId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String document,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return PageResponse.of(
                ledger.entries(
                        accountId,
                        from,
                        to,
                        document,
                        Paging.of(page, size, null, Set.of(), Sort.by(Sort.Order.desc("id")))),
                v -> v);
    }

    @GetMapping("/receivables/aging")
    List<AgingRow> aging(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return position.aging(asOf);
    }
}
