package com.yiti.finance.web;

import com.yiti.finance.CustomerStatements;
import com.yiti.shared.web.Flash;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The customer statement (对账单) on screen: the period, its movements, PDF and Excel, and the customer's answers. */
@Controller
class StatementPageController {

    private final CustomerStatements statements;

    StatementPageController(CustomerStatements statements) {
        this.statements = statements;
    }

    @GetMapping("/finance/customers/{id}/statement")
    String page(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        LocalDate end = to == null ? LocalDate.now(ZoneId.of("Asia/Shanghai")) : to;
        LocalDate start = from == null ? end.withDayOfMonth(1) : from;
        model.addAttribute("statement", statements.statement(id, start, end));
        model.addAttribute("replies", statements.replies(id));
        model.addAttribute("customerId", id);
        return "finance/statement";
    }

    @PostMapping("/finance/customers/{id}/statement/replies")
    String reply(
            @PathVariable long id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        Flash.run(redirect, "statement.replyRecorded", () -> statements.recordReply(id, from, to, status, note));
        return "redirect:/finance/customers/" + id + "/statement?from=" + from + "&to=" + to;
    }
}
