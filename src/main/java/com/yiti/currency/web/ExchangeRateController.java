package com.yiti.currency.web;

import com.yiti.currency.ExchangeRateManagement;
import com.yiti.shared.web.Flash;
import com.yiti.shared.web.FormSubmission;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Finance's exchange-rate page: each currency's newest rate, the history (paged, by currency), a form for a day's
 * rate and a box to paste many (FINANCE).
 */
@Controller
@RequestMapping("/finance/exchange-rates")
class ExchangeRateController {

    private final ExchangeRateManagement rates;

    ExchangeRateController(ExchangeRateManagement rates) {
        this.rates = rates;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String currency,
            @RequestParam(required = false) Integer page,
            Model model) {
        if (!model.containsAttribute("form")) {
            ExchangeRateForm form = new ExchangeRateForm();
            form.setRateDate(LocalDate.now(ZoneId.of("Asia/Shanghai")));
            model.addAttribute("form", form);
        }
        model.addAttribute("currency", currency);
        model.addAttribute("latest", rates.latest());
        model.addAttribute("rates", rates.list(currency, PageRequest.of(page == null ? 0 : Math.max(0, page), 50)));
        model.addAttribute("staleDays", ExchangeRateManagement.STALE_DAYS);
        return "finance/exchange-rates";
    }

    @PostMapping
    String save(
            @ModelAttribute("form") ExchangeRateForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (FormSubmission.run(result, () -> rates.set(form.toData()))) {
            redirect.addFlashAttribute("message", "fx.saved");
            return "redirect:/finance/exchange-rates";
        }
        return list(null, null, model);
    }

    @PostMapping("/import")
    String importRates(@RequestParam(required = false) String rates, RedirectAttributes redirect) {
        Flash.run(redirect, "fx.imported", () -> this.rates.importRates(ExchangeRateManagement.parse(rates)));
        return "redirect:/finance/exchange-rates";
    }
}
