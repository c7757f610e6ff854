package com.yiti.finance.web;

import com.yiti.finance.NewSupplierInvoice;
import com.yiti.finance.NewSupplierPayment;
import com.yiti.finance.PayablesAging;
import com.yiti.finance.PayablesTolerances;
import com.yiti.finance.PayablesViews;
import com.yiti.finance.PaymentMethod;
import com.yiti.finance.SupplierInvoiceStatus;
import com.yiti.finance.SupplierInvoiceView;
import com.yiti.finance.SupplierInvoicing;
import com.yiti.finance.SupplierPaymentManagement;
import com.yiti.finance.SupplierPaymentView;
import com.yiti.finance.SupplierStatement;
import com.yiti.shared.Limits;
import com.yiti.shared.PageResponse;
import com.yiti.shared.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Payables as JSON: supplier invoices (enter, match again, accept differences, cancel), supplier payments, aging. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Payables", description = "Supplier invoices with the three-way match, supplier payments, payables aging")
class PayablesApiController {

    record InvoiceBody(
            @NotNull Long purchaseOrderId,
            @NotBlank String supplierReference,
            @NotNull LocalDate invoiceDate,
            @NotNull LocalDate dueDate,
            @NotNull List<@Valid LineBody> lines) {}

    record LineBody(
            @NotNull Long purchaseOrderLineId,
            @NotNull @Limits.Quantity BigDecimal quantity,
            @NotNull @Limits.Price BigDecimal unitPrice,
            @NotNull BigDecimal taxRate) {}

    record Release(@NotBlank String note) {}

    record PaymentBody(
            @NotNull Long supplierId,
            LocalDate paymentDate,
            @NotNull @Limits.Amount BigDecimal amount,
            @NotNull PaymentMethod method,
            String reference,
            Map<Long, @Limits.Amount BigDecimal> allocations) {}

    record TolerancesBody(
            @NotNull BigDecimal pricePercent, @NotNull BigDecimal quantityPercent, long version) {}

    private final SupplierInvoicing invoicing;
    private final SupplierPaymentManagement paying;
    private final PayablesViews views;
    private final com.yiti.finance.SupplierDebitNoting debitNoting;

    PayablesApiController(
            SupplierInvoicing invoicing,
            SupplierPaymentManagement paying,
            PayablesViews views,
            com.yiti.finance.SupplierDebitNoting debitNoting) {
        this.debitNoting = debitNoting;
        this.invoicing = invoicing;
        this.paying = paying;
        this.views = views;
    }

    @GetMapping("/supplier-invoices")
    PageResponse<SupplierInvoiceView> invoices(
            @RequestParam(required = false) SupplierInvoiceStatus status,
            @RequestParam(required = false) Long supplierId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return PageResponse.of(
                views.invoices(
                        status, supplierId, Paging.of(page, size, null, Set.of(), Sort.by(Sort.Order.desc("id")))),
                v -> v);
    }

    @GetMapping("/supplier-invoices/{id}")
    SupplierInvoiceView invoice(@PathVariable long id) {
        return views.invoice(id);
    }

    @PostMapping("/supplier-invoices")
    @Operation(summary = "Enter a supplier invoice against a purchase order; posted when it matches, otherwise HELD")
    ResponseEntity<SupplierInvoiceView> enter(@Validated @RequestBody InvoiceBody body) {
        SupplierInvoiceView v = invoicing.enter(new NewSupplierInvoice(
                body.purchaseOrderId(),
                body.supplierReference(),
                body.invoiceDate(),
                body.dueDate(),
                body.lines().stream()
                        .map(l -> new NewSupplierInvoice.Line(
                                l.purchaseOrderLineId(), l.quantity(), l.unitPrice(), l.taxRate()))
                        .toList()));
        return ResponseEntity.created(URI.create("/api/v1/supplier-invoices/" + v.id()))
                .body(v);
    }

    @PostMapping("/supplier-invoices/{id}/recheck")
    @Operation(summary = "Match a held invoice again (after a receipt); it posts if it now matches")
    SupplierInvoiceView recheck(@PathVariable long id) {
        return invoicing.recheck(id);
    }

    @PostMapping("/supplier-invoices/{id}/release")
    @Operation(summary = "PURCHASING accepts the price differences of a held invoice; it posts")
    SupplierInvoiceView release(@PathVariable long id, @Validated @RequestBody Release body) {
        return invoicing.release(id, body.note());
    }

    @PostMapping("/supplier-invoices/{id}/cancel")
    SupplierInvoiceView cancel(@PathVariable long id) {
        return invoicing.cancel(id);
    }

    @GetMapping("/supplier-debit-notes")
    PageResponse<com.yiti.finance.SupplierDebitNoteView> debitNotes(
            @RequestParam(required = false) com.yiti.finance.SupplierDebitNoteStatus status,
            @RequestParam(required = false) Long supplierId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return PageResponse.of(
                debitNoting.debitNotes(
                        status, supplierId, Paging.of(page, size, null, Set.of(), Sort.by(Sort.Order.desc("id")))),
                v -> v);
    }

    @GetMapping("/supplier-debit-notes/{id}")
    com.yiti.finance.SupplierDebitNoteView debitNote(@PathVariable long id) {
        return debitNoting.debitNote(id);
    }

    @GetMapping("/supplier-payments")
    PageResponse<SupplierPaymentView> payments(
            @RequestParam(required = false) Long supplierId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return PageResponse.of(
                views.payments(supplierId, Paging.of(page, size, null, Set.of(), Sort.by(Sort.Order.desc("id")))),
                v -> v);
    }

    @GetMapping("/supplier-payments/{id}")
    SupplierPaymentView payment(@PathVariable long id) {
        return views.payment(id);
    }

    @PostMapping("/supplier-payments")
    @Operation(
            summary = "Pay a supplier; without allocations it settles the oldest due first, the rest is a prepayment;"
                    + " 202 with the approval request's location where the SUPPLIER_PAYMENT flow asks for approval")
    ResponseEntity<SupplierPaymentView> pay(@Validated @RequestBody PaymentBody body) {
        boolean manual = body.allocations() != null && !body.allocations().isEmpty();
        var outcome = paying.payOrSubmit(new NewSupplierPayment(
                body.supplierId(),
                body.paymentDate(),
                body.amount(),
                body.method(),
                body.reference(),
                !manual,
                manual ? body.allocations() : Map.of()));
        if (outcome.approval() != null) {
            // 202: the SUPPLIER_PAYMENT flow asks for approval; the payment is made when it is approved
            return ResponseEntity.accepted()
                    .location(
                            URI.create("/api/v1/approvals/" + outcome.approval().id()))
                    .build();
        }
        SupplierPaymentView v = outcome.payment();
        return ResponseEntity.created(URI.create("/api/v1/supplier-payments/" + v.id()))
                .body(v);
    }

    @PostMapping("/supplier-payments/{id}/allocations")
    SupplierPaymentView allocate(
            @PathVariable long id, @RequestBody(required = false) Map<Long, @Limits.Amount BigDecimal> amounts) {
        return paying.allocate(id, amounts);
    }

    @GetMapping("/payables/aging")
    PayablesAging aging() {
        return views.aging();
    }

    @GetMapping("/payables/due")
    @Operation(summary = "Open supplier invoices due within seven days or overdue, soonest first")
    List<SupplierInvoiceView> due() {
        return views.dueThisWeek();
    }

    @GetMapping("/suppliers/{id}/statement")
    SupplierStatement statement(
            @PathVariable long id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until) {
        return views.statement(id, from, until);
    }

    @GetMapping("/payables/tolerances")
    PayablesTolerances tolerances() {
        return invoicing.tolerances();
    }

    @PutMapping("/payables/tolerances")
    PayablesTolerances changeTolerances(@Validated @RequestBody TolerancesBody body) {
        return invoicing.changeTolerances(body.pricePercent(), body.quantityPercent(), body.version());
    }
}
