package com.yiti.finance.web;

import com.yiti.finance.NewPayment;
import com.yiti.finance.PaymentManagement;
import com.yiti.finance.PaymentMethod;
import com.yiti.finance.PaymentView;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.Limits;
import com.yiti.shared.PageResponse;
import com.yiti.shared.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Deposits (预收款/定金) as JSON: money received for an order or a contract before delivery, held as the customer's
 * credit and applied to the order's (or the contract's orders') invoices as they are issued. The same payments as
 * {@code /api/v1/payments}, seen as deposits.
 */
@RestController
@Tag(name = "Deposits", description = "Money received for an order or a contract before delivery")
class DepositApiController {

    private final PaymentManagement payments;

    DepositApiController(PaymentManagement payments) {
        this.payments = payments;
    }

    @GetMapping("/api/v1/deposits")
    @Operation(summary = "Deposits, newest first; open=true for those with money not yet applied")
    PageResponse<PaymentView> list(
            @RequestParam(required = false) Long customerId,
            @RequestParam(required = false) Long orderId,
            @RequestParam(required = false) Long contractId,
            @RequestParam(defaultValue = "false") boolean open,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return PageResponse.of(
                payments.deposits(
                        customerId,
                        orderId,
                        contractId,
                        open,
                        Paging.of(page, size, null, Set.of(), Sort.by(Sort.Order.desc("id")))),
                v -> v);
    }

    record NewDeposit(
            @NotNull Long customerId,
            LocalDate paymentDate,
            @NotNull @Limits.Amount BigDecimal amount,
            @NotNull PaymentMethod method,
            String reference,
            Long orderId,
            Long contractId) {}

    @PostMapping("/api/v1/deposits")
    @Operation(summary = "Record a deposit for an order (orderId) or a contract (contractId)")
    ResponseEntity<PaymentView> record(@Validated @RequestBody NewDeposit body) {
        if (body.orderId() == null && body.contractId() == null) {
            throw new BusinessRuleException("orderId", "finance.depositForWhat");
        }
        PaymentView p = payments.recordPayment(new NewPayment(
                body.customerId(),
                body.paymentDate(),
                body.amount(),
                body.method(),
                body.reference(),
                false,
                Map.of(),
                body.orderId(),
                body.contractId()));
        return ResponseEntity.created(URI.create("/api/v1/payments/" + p.id())).body(p);
    }
}
