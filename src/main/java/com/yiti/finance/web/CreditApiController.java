package com.yiti.finance.web;

import com.yiti.customer.CreditTerms;
import com.yiti.order.OrderView;
import com.yiti.shared.Limits;
import com.yiti.shared.PageResponse;
import com.yiti.shared.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Credit control as JSON: orders on credit hold (release, reject) and customers' credit limits and payment terms. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Credit", description = "Credit holds and credit terms")
class CreditApiController {

    record Decision(@NotBlank String note) {}

    /** Empty creditLimit: no check; 0: prepayment only. version: the customer's, as last read. */
    record Terms(
            @NotNull Long version,
            @Limits.Amount BigDecimal creditLimit,
            @Min(0) @Max(365) Integer paymentTermsDays,
            @jakarta.validation.constraints.Size(max = 20) String paymentTermCode) {}

    private final com.yiti.finance.CreditControl creditControl;
    private final com.yiti.order.CreditHolds creditHolds;
    private final com.yiti.customer.CreditTermsManagement creditTerms;

    CreditApiController(
            com.yiti.finance.CreditControl creditControl,
            com.yiti.order.CreditHolds creditHolds,
            com.yiti.customer.CreditTermsManagement creditTerms) {
        this.creditControl = creditControl;
        this.creditHolds = creditHolds;
        this.creditTerms = creditTerms;
    }

    @GetMapping("/credit-holds")
    @Operation(summary = "Orders waiting on a credit decision, oldest first")
    PageResponse<OrderView> holds(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return PageResponse.of(creditHolds.creditHolds(Paging.of(page, size, null, Set.of(), Sort.by("id"))), v -> v);
    }

    @PostMapping("/credit-holds/{orderId}/release")
    @Operation(
            summary = "Release a held order: it is confirmed now (reserve, plan, promise) without a new credit check")
    OrderView release(@PathVariable long orderId, @Valid @RequestBody Decision body) {
        return creditControl.releaseHold(orderId, body.note());
    }

    @PostMapping("/credit-holds/{orderId}/reject")
    @Operation(summary = "Reject a held order: it is cancelled with the note as the reason")
    OrderView reject(@PathVariable long orderId, @Valid @RequestBody Decision body) {
        return creditControl.rejectHold(orderId, body.note());
    }

    @GetMapping("/credit-accounts")
    @Operation(summary = "Customers' credit limits and payment terms, by name")
    PageResponse<CreditTerms> accounts(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return PageResponse.of(
                creditTerms.creditAccounts(q, Paging.of(page, size, null, Set.of(), Sort.by("name"))), v -> v);
    }

    @PutMapping("/customers/{id}/credit-terms")
    @Operation(
            summary = "Change a customer's credit limit and payment terms (FINANCE; 409 when the version is stale):"
                    + " paymentTermCode (an active term, e.g. EOM30) or paymentTermsDays; 202 when the limit change"
                    + " waits for the CREDIT_LIMIT approval flow")
    org.springframework.http.ResponseEntity<CreditTerms> changeTerms(
            @PathVariable long id, @Valid @RequestBody Terms body) {
        boolean applied = creditTerms.changeCreditTerms(
                id, body.version(), body.creditLimit(), body.paymentTermsDays(), body.paymentTermCode());
        // 202: the limit change went into the CREDIT_LIMIT approval flow; the terms shown are still the old ones
        return org.springframework.http.ResponseEntity.status(applied ? 200 : 202)
                .body(creditTerms.creditTerms(id));
    }
}
