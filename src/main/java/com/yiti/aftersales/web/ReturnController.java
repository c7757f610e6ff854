package com.yiti.aftersales.web;

import com.yiti.aftersales.Disposition;
import com.yiti.aftersales.ReturnData;
import com.yiti.aftersales.ReturnFilter;
import com.yiti.aftersales.ReturnManagement;
import com.yiti.aftersales.ReturnReason;
import com.yiti.aftersales.ReturnSettlement;
import com.yiti.aftersales.ReturnStatus;
import com.yiti.aftersales.ReturnView;
import com.yiti.shared.Paging;
import com.yiti.shared.web.Flash;
import com.yiti.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Returns: the list (service, warehouse, finance), a return's page with the warehouse's receipt and finance's credit,
 * and the return form on a ticket. Form fields per line are named {@code qty_<orderLineId>} and
 * {@code disposition_<returnLineId>}.
 */
@Controller
class ReturnController {

    private final ReturnManagement returns;

    ReturnController(ReturnManagement returns) {
        this.returns = returns;
    }

    @GetMapping("/returns")
    String list(
            @RequestParam(required = false) ReturnStatus status,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            Model model,
            HttpServletRequest request) {
        ReturnFilter filter = new ReturnFilter(status, q);
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", ReturnStatus.values());
        model.addAttribute(
                "returns", returns.search(filter, Paging.of(page, 20, null, Set.of(), Sort.by(Sort.Order.desc("id")))));
        return Htmx.view(request, "aftersales/returns", "results");
    }

    @GetMapping("/returns/{id}")
    String detail(@PathVariable long id, Model model) {
        ReturnView r = returns.get(id);
        model.addAttribute("rma", r);
        model.addAttribute("history", returns.history(id));
        model.addAttribute("dispositions", Disposition.values());
        return "aftersales/return";
    }

    @PostMapping("/tickets/{ticketId}/returns")
    String authorize(
            @PathVariable long ticketId,
            @RequestParam(required = false) ReturnReason reason,
            @RequestParam(required = false) ReturnSettlement settlement,
            @RequestParam(required = false) String note,
            @RequestParam Map<String, String> params,
            RedirectAttributes redirect) {
        Map<Long, BigDecimal> quantities = new HashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith("qty_") && value != null && !value.isBlank()) {
                quantities.put(Long.valueOf(name.substring(4)), decimal(value));
            }
        });
        ReturnView created = Flash.submit(
                redirect,
                "return.authorized",
                () -> returns.authorize(ticketId, new ReturnData(reason, settlement, note, quantities)));
        return created == null ? "redirect:/tickets/" + ticketId + "#returns" : "redirect:/returns/" + created.id();
    }

    @PostMapping("/returns/{id}/receive")
    String receive(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam Map<String, String> params,
            RedirectAttributes redirect) {
        Map<Long, Disposition> dispositions = new HashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith("disposition_") && value != null && !value.isBlank()) {
                dispositions.put(Long.valueOf(name.substring(12)), Disposition.valueOf(value));
            }
        });
        Flash.run(redirect, "return.received", () -> returns.receive(id, version, dispositions));
        return "redirect:/returns/" + id;
    }

    @PostMapping("/returns/{id}/credit")
    String credit(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        Flash.run(redirect, "return.credited", () -> returns.credit(id, version));
        return "redirect:/returns/" + id;
    }

    @PostMapping("/returns/{id}/cancel")
    String cancel(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        Flash.run(redirect, "return.cancelled", () -> returns.cancel(id, version));
        return "redirect:/returns/" + id;
    }

    /** A quantity as typed; something that is not a number is refused with the field's message. */
    private static BigDecimal decimal(String value) {
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw new com.yiti.shared.BusinessRuleException("quantity", "return.quantityPositive");
        }
    }
}
