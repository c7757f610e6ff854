package com.yiti.finance.web;

import com.yiti.finance.FinanceHistory;
import com.yiti.finance.ReceivablesManagement;
import com.yiti.platform.ChangeRow;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/** The history pages of invoices and payments (with their allocations), and the same rows as JSON. */
@Controller
class FinanceHistoryController {

    private final FinanceHistory history;
    private final ReceivablesManagement receivables;
    private final com.yiti.finance.PaymentManagement paymentManagement;
    private final com.yiti.finance.PayablesHistory payablesHistory;
    private final com.yiti.finance.PayablesViews payables;

    FinanceHistoryController(
            FinanceHistory history,
            ReceivablesManagement receivables,
            com.yiti.finance.PaymentManagement paymentManagement,
            com.yiti.finance.PayablesHistory payablesHistory,
            com.yiti.finance.PayablesViews payables) {
        this.payablesHistory = payablesHistory;
        this.payables = payables;
        this.history = history;
        this.receivables = receivables;
        this.paymentManagement = paymentManagement;
    }

    @GetMapping("/finance/invoices/{id}/history")
    String invoiceHistory(@PathVariable long id, Model model) {
        model.addAttribute("rows", history.ofInvoice(id));
        model.addAttribute("historyTitle", receivables.invoice(id).number());
        model.addAttribute("historyBack", "/finance/invoices/" + id);
        return "fragments/history";
    }

    @GetMapping("/finance/payments/{id}/history")
    String paymentHistory(@PathVariable long id, Model model) {
        model.addAttribute("rows", history.ofPayment(id));
        model.addAttribute("historyTitle", paymentManagement.payment(id).number());
        model.addAttribute("historyBack", "/finance/payments/" + id);
        return "fragments/history";
    }

    @GetMapping("/finance/supplier-invoices/{id}/history")
    String supplierInvoiceHistory(@PathVariable long id, Model model) {
        model.addAttribute("rows", payablesHistory.ofSupplierInvoice(id));
        model.addAttribute("historyTitle", payables.invoice(id).number());
        model.addAttribute("historyBack", "/finance/supplier-invoices/" + id);
        return "fragments/history";
    }

    @GetMapping("/api/v1/supplier-invoices/{id}/changes")
    @ResponseBody
    @Operation(summary = "Every change of the supplier invoice and its allocations: who, when, before and after")
    List<ChangeRow> supplierInvoiceChanges(@PathVariable long id) {
        return payablesHistory.ofSupplierInvoice(id);
    }

    @GetMapping("/api/v1/invoices/{id}/changes")
    @ResponseBody
    @Operation(summary = "Every change of the invoice and its allocations: who, when, each field before and after")
    List<ChangeRow> invoiceChanges(@PathVariable long id) {
        return history.ofInvoice(id);
    }

    @GetMapping("/api/v1/payments/{id}/changes")
    @ResponseBody
    @Operation(summary = "Every change of the payment and its allocations: who, when, each field before and after")
    List<ChangeRow> paymentChanges(@PathVariable long id) {
        return history.ofPayment(id);
    }
}
