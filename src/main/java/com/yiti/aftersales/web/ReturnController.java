package com.yiti.aftersales.web;

import com.yiti.aftersales.Disposition;
import com.yiti.aftersales.ReturnData;
import com.yiti.aftersales.ReturnFilter;
import com.yiti.aftersales.ReturnManagement;
import com.yiti.aftersales.ReturnReason;
import com.yiti.aftersales.ReturnSettlement;
import com.yiti.aftersales.ReturnStatus;
import com.yiti.aftersales.ReturnView;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.Paging;
import com.yiti.shared.web.Flash;
import com.yiti.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
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
        ReturnView created = Flash.submit(
                redirect,
                "return.authorized",
                () -> returns.authorize(
                        ticketId,
                        new ReturnData(
                                reason,
                                settlement,
                                note,
                                fields(params, "qty_", "quantity", "return.quantityPositive", BigDecimal::new))));
        return created == null ? "redirect:/tickets/" + ticketId + "#returns" : "redirect:/returns/" + created.id();
    }

    @PostMapping("/returns/{id}/receive")
    String receive(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam Map<String, String> params,
            RedirectAttributes redirect) {
        Flash.run(
                redirect,
                "return.received",
                () -> returns.receive(
                        id,
                        version,
                        fields(
                                params,
                                "disposition_",
                                "disposition",
                                "return.dispositionInvalid",
                                Disposition::valueOf)));
        return "redirect:/returns/" + id;
    }

    @PostMapping("/returns/{id}/credit")
    String credit(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        var after = Flash.submit(redirect, "return.credited", () -> returns.credit(id, version));
        if (after != null && after.awaitingCredit()) {
            // the RETURN_CREDIT flow decides first
            redirect.addFlashAttribute("message", "return.creditSubmitted");
        }
        return "redirect:/returns/" + id;
    }

    @PostMapping("/returns/{id}/cancel")
    String cancel(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        Flash.run(redirect, "return.cancelled", () -> returns.cancel(id, version));
        return "redirect:/returns/" + id;
    }

    /**
     * The per-line form fields {@code <prefix><id>} as values by id; a blank field is left out, a value that does not
     * parse (or a forged field name) is refused with the field's message — inside the submission, so it shows as a
     * message, not an error page.
     */
    private static <T> Map<Long, T> fields(
            Map<String, String> params, String prefix, String field, String message, Function<String, T> parse) {
        Map<Long, T> values = new HashMap<>();
        params.forEach((name, value) -> {
            if (!name.startsWith(prefix) || value == null || value.isBlank()) {
                return;
            }
            try {
                values.put(Long.valueOf(name.substring(prefix.length())), parse.apply(value.trim()));
            } catch (IllegalArgumentException e) {
                throw new BusinessRuleException(field, message);
            }
        });
        return values;
    }
}
