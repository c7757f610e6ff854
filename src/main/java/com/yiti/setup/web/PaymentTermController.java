package com.yiti.setup.web;

import com.yiti.setup.PaymentTermManagement;
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

/** ADMIN: payment terms (days, end of month, instalments), listed with a form; deactivated, never deleted. */
@Controller
@RequestMapping("/admin/payment-terms")
class PaymentTermController {

    private final PaymentTermManagement terms;

    PaymentTermController(PaymentTermManagement terms) {
        this.terms = terms;
    }

    @GetMapping
    String list(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new PaymentTermForm());
        }
        model.addAttribute("terms", terms.all());
        return "setup/payment-terms";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("form", PaymentTermForm.of(terms.get(id)));
        return list(model);
    }

    @PostMapping
    String save(
            @Valid @ModelAttribute("form") PaymentTermForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (FormSubmission.run(result, () -> {
            if (form.getId() == null) {
                terms.create(form.toData());
            } else {
                terms.update(form.getId(), form.getVersion(), form.toData());
            }
        })) {
            redirect.addFlashAttribute("message", "reference.saved");
            return "redirect:/admin/payment-terms";
        }
        return list(model);
    }

    @PostMapping("/{id}/active")
    String active(@PathVariable long id, @RequestParam boolean value, RedirectAttributes redirect) {
        terms.setActive(id, value);
        redirect.addFlashAttribute("message", value ? "reference.activated" : "reference.deactivated");
        return "redirect:/admin/payment-terms";
    }
}
