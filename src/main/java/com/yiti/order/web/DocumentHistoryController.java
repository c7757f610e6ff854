package com.yiti.order.web;

import com.yiti.order.DocumentHistory;
import com.yiti.order.OrderManagement;
import com.yiti.order.QuotationManagement;
import com.yiti.platform.ChangeRow;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/** The history pages of orders and quotations (with their lines), and the same rows as JSON. */
@Controller
class DocumentHistoryController {

    private final DocumentHistory history;
    private final OrderManagement orders;
    private final QuotationManagement quotations;

    DocumentHistoryController(DocumentHistory history, OrderManagement orders, QuotationManagement quotations) {
        this.history = history;
        this.orders = orders;
        this.quotations = quotations;
    }

    @GetMapping("/orders/{id}/history")
    String orderHistory(@PathVariable long id, Model model) {
        model.addAttribute("rows", history.ofOrder(id));
        model.addAttribute("historyTitle", orders.get(id).number());
        model.addAttribute("historyBack", "/orders/" + id);
        return "fragments/history";
    }

    @GetMapping("/quotations/{id}/history")
    String quotationHistory(@PathVariable long id, Model model) {
        model.addAttribute("rows", history.ofQuotation(id));
        model.addAttribute("historyTitle", quotations.get(id).number());
        model.addAttribute("historyBack", "/quotations/" + id);
        return "fragments/history";
    }

    @GetMapping("/api/v1/orders/{id}/changes")
    @ResponseBody
    @Operation(summary = "Every change of the order and its lines: who, when, each field before and after")
    List<ChangeRow> orderChanges(@PathVariable long id) {
        return history.ofOrder(id);
    }

    @GetMapping("/api/v1/quotations/{id}/changes")
    @ResponseBody
    @Operation(summary = "Every change of the quotation and its lines: who, when, each field before and after")
    List<ChangeRow> quotationChanges(@PathVariable long id) {
        return history.ofQuotation(id);
    }
}
