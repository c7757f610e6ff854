package com.yiti.setup.web;

import com.yiti.setup.TaxRateManagement;
import com.yiti.shared.web.FormSubmission;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** ADMIN: VAT rates, listed with a form to add or edit one; deactivated, never deleted. */
@Controller
@RequestMapping("/admin/tax-rates")
class TaxRateController {

    private final TaxRateManagement rates;

    TaxRateController(TaxRateManagement rates) {
        this.rates = rates;
    }

    @GetMapping
    String list(Model model) {
        if (!model.containsAttribute("form")) {
            TaxRateForm form = new TaxRateForm();
            form.setValidFrom(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
            model.addAttribute("form", form);
        }
        model.addAttribute("rates", rates.all());
        return "setup/tax-rates";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("form", TaxRateForm.of(rates.get(id)));
        return list(model);
    }

    @PostMapping
    String save(
            @Valid @ModelAttribute("form") TaxRateForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (FormSubmission.run(result, () -> {
            if (form.getId() == null) {
                rates.create(form.toData());
            } else {
                rates.update(form.getId(), form.getVersion(), form.toData());
            }
        })) {
            redirect.addFlashAttribute("message", "reference.saved");
            return "redirect:/admin/tax-rates";
        }
        return list(model);
    }

    @PostMapping("/{id}/active")
    String active(@PathVariable long id, @RequestParam boolean value, RedirectAttributes redirect) {
        rates.setActive(id, value);
        redirect.addFlashAttribute("message", value ? "reference.activated" : "reference.deactivated");
        return "redirect:/admin/tax-rates";
    }
}
